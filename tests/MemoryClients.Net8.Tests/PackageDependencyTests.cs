using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace MemoryClients.Tests.Packaging;

/// <summary>
/// A .NET 8 app that installs a package keeps the 8.0 line of the packages versioned with .NET: the net8.0 dependency
/// group of the packed nuspec names no version above 8.0.x, and neither does the net8.0 restore graph, which is what
/// the app resolves transitively. The net10.0 group stays on 10.0.x.
/// </summary>
public sealed class PackageDependencyTests
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Packages => new() { "MemoryClients", "MemoryClients.Emulator" };

    [Theory]
    [MemberData(nameof(Packages))]
    public async Task Packed_nuspec_depends_on_the_line_of_each_target(string project)
    {
        var groups = await PackedDependencyGroupsAsync(project);

        groups.Should().ContainKeys("net8.0", "net10.0");
        groups["net8.0"].Where(IsVersionedWithDotNet).Should().NotBeEmpty()
            .And.OnlyContain(d => d.Version.StartsWith("8.0.", StringComparison.Ordinal), "the net8.0 group of {0} must stay on the 8.0 line", project);
        groups["net10.0"].Where(IsVersionedWithDotNet).Should().NotBeEmpty()
            .And.OnlyContain(d => d.Version.StartsWith("10.0.", StringComparison.Ordinal), "the net10.0 group of {0} takes the 10.0 line", project);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Net8_restore_graph_resolves_nothing_above_8_0(string project)
    {
        var assets = Path.Combine(RepositoryRoot(), "src", project, "obj", "project.assets.json");
        var graphs = JsonNode.Parse(File.ReadAllText(assets))!["targets"]!.AsObject();
        graphs.Select(graph => graph.Key).Should().Contain("net8.0", "{0} builds for net8.0", project);

        var resolved = graphs["net8.0"]!.AsObject()
            .Where(library => (string?)library.Value!["type"] == "package")
            .Select(library => library.Key.Split('/'))
            .Select(idAndVersion => new Dependency(idAndVersion[0], idAndVersion[1]))
            .ToList();

        resolved.Should().NotBeEmpty();
        resolved.Where(IsVersionedWithDotNet)
            .Should().OnlyContain(d => d.Version.StartsWith("8.0.", StringComparison.Ordinal), "a .NET 8 app that installs {0} must keep the 8.0 line", project);
    }

    /// <summary>
    /// Microsoft.Extensions.* and Microsoft.Data.Sqlite ship a line per .NET release. Microsoft.Extensions.AI.* does
    /// not (it has no 8.0 line; on net8.0 it asks for no Microsoft.Extensions.* package), so it is left out.
    /// </summary>
    private static bool IsVersionedWithDotNet(Dependency dependency) =>
        (dependency.Id.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
            && !dependency.Id.StartsWith("Microsoft.Extensions.AI", StringComparison.Ordinal))
        || dependency.Id.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal);

    /// <summary>
    /// Packs the project without building it (the dependency groups come from the restore output, as in a full pack)
    /// and reads the dependency groups of its nuspec by target framework.
    /// </summary>
    private static async Task<Dictionary<string, List<Dependency>>> PackedDependencyGroupsAsync(string project)
    {
        var output = Directory.CreateTempSubdirectory("nuspec-");
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            string[] arguments =
            [
                "pack", Path.Combine(RepositoryRoot(), "src", project, project + ".csproj"),
                "--no-build", "--no-restore", "--disable-build-servers", "-nodeReuse:false", "-nologo", "-v:q",
                "-o", output.FullName, "-p:NuspecOutputPath=" + output.FullName + Path.DirectorySeparatorChar,
                // Only the dependencies matter: no assemblies (a test run may have built one target only), so no
                // symbols, no validation, and no warning about targets without assemblies (NU5128).
                "-p:IncludeBuildOutput=false", "-p:IncludeSymbols=false", "-p:EnablePackageValidation=false", "-p:NoWarn=NU5128",
            ];
            foreach (var argument in arguments) start.ArgumentList.Add(argument);

            using var pack = Process.Start(start)!;
            var stdout = pack.StandardOutput.ReadToEndAsync();
            var stderr = pack.StandardError.ReadToEndAsync();
            using (var timeout = new CancellationTokenSource(PackTimeout))
            {
                try
                {
                    await pack.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    pack.Kill(entireProcessTree: true);
                    throw;
                }
            }
            pack.ExitCode.Should().Be(0, "dotnet pack wrote:\n{0}{1}", await stdout, await stderr);

            var nuspec = XDocument.Load(output.GetFiles("*.nuspec").Single().FullName);
            return nuspec.Descendants()
                .Where(e => e.Name.LocalName == "dependencies")
                .Elements()
                .ToDictionary(
                    group => (string)group.Attribute("targetFramework")!,
                    group => group.Elements()
                        .Select(d => new Dependency((string)d.Attribute("id")!, (string)d.Attribute("version")!))
                        .ToList());
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MemoryClients.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("MemoryClients.sln not found above the test output.");
    }

    private sealed record Dependency(string Id, string Version);
}
