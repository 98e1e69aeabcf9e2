// Checks every symbol package in a folder: each PDB maps its sources through Source Link and holds no local paths.
// Usage: dotnet run .ci/CheckSymbols.cs -- artifacts/packages
using System.IO.Compression;
using System.Reflection.Metadata;

var folder = args.Length == 1 ? args[0] : throw new ArgumentException("Usage: CheckSymbols <folder with .snupkg files>");
var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var problems = new List<string>();
var packages = Directory.GetFiles(folder, "*.snupkg");
if (packages.Length == 0) problems.Add($"no .snupkg in {folder}");
foreach (var package in packages)
{
    using var zip = ZipFile.OpenRead(package);
    var pdbs = zip.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)).ToList();
    if (pdbs.Count == 0) problems.Add($"{Path.GetFileName(package)}: no PDB");
    foreach (var entry in pdbs)
    {
        using var buffer = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(buffer);
        buffer.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(buffer);
        var reader = provider.GetMetadataReader();
        var name = $"{Path.GetFileName(package)}/{entry.FullName}";
        var local = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).Where(p => !p.StartsWith("/_/", StringComparison.Ordinal)).ToList();
        if (local.Count > 0) problems.Add($"{name}: {local.Count} document path(s) not mapped to /_/, e.g. {local[0]}");
        var sourceLink = reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation).Where(c => reader.GetGuid(c.Kind) == sourceLinkKind).ToList();
        if (sourceLink.Count == 0) problems.Add($"{name}: no Source Link");
        else Console.WriteLine($"{name}: {reader.Documents.Count} documents, Source Link {System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(sourceLink[0].Value))}");
    }
}
foreach (var problem in problems) Console.Error.WriteLine("FAIL " + problem);
return problems.Count == 0 ? 0 : 1;
