using System.Text.RegularExpressions;

namespace MemoryClients.Docs.Tests;

/// <summary>One ```csharp fenced block of a Markdown file.</summary>
/// <param name="File">The Markdown file, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Code">The block's text, without the fences.</param>
/// <param name="SkipReason">The reason of a <c>&lt;!-- not compiled: reason --&gt;</c> marker just above the fence, or null.</param>
public sealed record DocBlock(string File, int Line, string Code, string? SkipReason)
{
    /// <summary>"file:line", the name of the block's test case.</summary>
    public string Id => $"{File}:{Line}";

    /// <summary>Whether the block carries a not-compiled marker (with or without a reason).</summary>
    public bool IsSkipped => SkipReason is not null;
}

/// <summary>Finds the C# blocks of the repository's documentation.</summary>
public static partial class DocBlocks
{
    /// <summary>The repository root: the nearest folder above the test's output that holds MemoryClients.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The documentation: README.md, docs/*.md and samples/*/README.md, relative to the root with forward slashes, in order.</summary>
    public static IReadOnlyList<string> MarkdownFiles { get; } = FindMarkdownFiles();

    /// <summary>Every ```csharp block of <see cref="MarkdownFiles"/>, in file and line order.</summary>
    public static IReadOnlyList<DocBlock> All { get; } = MarkdownFiles
        .SelectMany(f => Parse(f, File.ReadAllText(Path.Combine(RepositoryRoot, f))))
        .ToList();

    /// <summary>Looks a block up by its "file:line" id.</summary>
    public static DocBlock ById(string id) => All.Single(b => b.Id == id);

    /// <summary>Extracts the ```csharp blocks of one Markdown text.</summary>
    public static IEnumerable<DocBlock> Parse(string file, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = OpeningFence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var indent = fence.Groups["indent"].Value;
            var ticks = fence.Groups["ticks"].Value;
            var language = fence.Groups["lang"].Value;
            var end = i + 1;
            while (end < lines.Length && lines[end].Trim() != ticks)
            {
                end++;
            }

            if (language is "csharp" or "cs" or "c#")
            {
                var body = lines[(i + 1)..Math.Min(end, lines.Length)]
                    .Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart());
                var marker = i > 0 ? NotCompiledMarker().Match(lines[i - 1]) : Match.Empty;
                var reason = marker.Success ? marker.Groups["reason"].Value.Trim() : null;   // "" when the marker gives no reason
                yield return new DocBlock(file, i + 1, string.Join('\n', body), reason);
            }

            i = end;
        }
    }

    private static List<string> FindMarkdownFiles()
    {
        var files = new List<string> { Path.Combine(RepositoryRoot, "README.md") };
        files.AddRange(Directory.GetFiles(Path.Combine(RepositoryRoot, "docs"), "*.md").Order(StringComparer.Ordinal));
        var samples = Path.Combine(RepositoryRoot, "samples");
        if (Directory.Exists(samples))
        {
            files.AddRange(Directory.GetFiles(samples, "README.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        }

        return files.Select(f => Path.GetRelativePath(RepositoryRoot, f).Replace('\\', '/')).ToList();
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MemoryClients.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No MemoryClients.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?<ticks>```+)\s*(?<lang>[^\s`]*)\s*$")]
    private static partial Regex OpeningFence();

    [GeneratedRegex(@"^\s*<!--\s*not compiled\s*(:(?<reason>.*?))?-->\s*$")]
    private static partial Regex NotCompiledMarker();
}
