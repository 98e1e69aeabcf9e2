namespace MemoryClients.Docs.Tests;

/// <summary>One link of a Markdown file, as written.</summary>
/// <param name="File">The Markdown file, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The 1-based line the link is on.</param>
/// <param name="Target">The link's destination, without angle brackets or title: <c>docs/paging.md#prefetch</c>, <c>#scope</c>, <c>https://...</c>.</param>
public sealed record DocLink(string File, int Line, string Target)
{
    /// <summary>Whether the target names a scheme (<c>https:</c>, <c>mailto:</c>) or a host (<c>//host</c>): not a file of the repository.</summary>
    public bool IsExternal => Target.StartsWith("//", StringComparison.Ordinal) || MarkdownLinks.HasScheme(Target);

    /// <summary>"file:line: target", as a failure lists it.</summary>
    public override string ToString() => $"{File}:{Line}: {Target}";
}
