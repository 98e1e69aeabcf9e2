using System.Text.RegularExpressions;

namespace MemoryClients.Docs.Tests;

/// <summary>
/// Reads the links and headings of Markdown as GitHub renders it, and checks relative links against the repository: the
/// file must exist, and an <c>#anchor</c> into a Markdown file must name one of its headings (GitHub's slugs).
/// </summary>
public static partial class MarkdownLinks
{
    /// <summary>The links of one Markdown text: inline links and images, reference definitions and HTML <c>href</c>/<c>src</c>, outside code.</summary>
    public static IEnumerable<DocLink> Links(string file, string markdown)
    {
        foreach (var (line, text) in ProseLines(markdown))
        {
            var prose = CodeSpan().Replace(text, "");
            foreach (Match link in InlineLink().Matches(prose))
                yield return new DocLink(file, line, Destination(link.Groups["dest"].Value));
            if (ReferenceDefinition().Match(prose) is { Success: true } definition)
                yield return new DocLink(file, line, Destination(definition.Groups["dest"].Value));
            foreach (Match html in HtmlLink().Matches(prose))
                yield return new DocLink(file, line, Destination(html.Groups["dest"].Value));
        }
    }

    /// <summary>The anchors GitHub gives a Markdown text: one per heading (a repeated slug gets <c>-1</c>, <c>-2</c>, ...) and each HTML <c>id</c>/<c>name</c>.</summary>
    public static IReadOnlySet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, text) in ProseLines(markdown))
        {
            if (AtxHeading().Match(text) is { Success: true } heading)
            {
                // github-slugger: a slug already given gets the next free numeric suffix.
                var original = Slug(heading.Groups["text"].Value);
                var slug = original;
                while (occurrences.ContainsKey(slug))
                    slug = $"{original}-{++occurrences[original]}";
                occurrences[slug] = 0;
                anchors.Add(slug);
            }

            foreach (Match named in HtmlAnchor().Matches(text))
                anchors.Add(named.Groups["id"].Value);
        }

        return anchors;
    }

    /// <summary>
    /// GitHub's anchor for a heading: its rendered text (code as written, link text for links, no HTML tags), lower-cased, every character
    /// that is not a letter, mark, digit, connector (<c>_</c>), space or hyphen removed, then each space made a hyphen.
    /// </summary>
    public static string Slug(string heading)
    {
        var text = InlineMarkup().Replace(heading, m =>
            m.Groups["code"].Success ? m.Groups["code"].Value : m.Groups["text"].Success ? m.Groups["text"].Value : "");
        return NotSlugCharacter().Replace(text.ToLowerInvariant(), "").Replace(' ', '-');
    }

    /// <summary>What is wrong with a relative link (no such file, no such heading), or null when it resolves or is external.</summary>
    /// <param name="link">The link.</param>
    /// <param name="root">The repository root; a target starting with <c>/</c> is taken from here, as GitHub does.</param>
    public static string? Problem(DocLink link, string root)
    {
        if (link.IsExternal)
            return null;
        var hash = link.Target.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? link.Target : link.Target[..hash];
        var anchor = hash < 0 ? "" : link.Target[(hash + 1)..];

        var target = link.File;
        if (path.Length > 0)
        {
            var full = Path.GetFullPath(path.StartsWith('/')
                ? Path.Combine(root, path.TrimStart('/'))
                : Path.Combine(root, Path.GetDirectoryName(link.File) ?? "", path));
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
                return "points outside the repository";
            if (!File.Exists(full) && !Directory.Exists(full))
                return $"no file or folder {relative}";
            target = relative;
        }

        // Anchors into other files (source lines, images) are GitHub's own; only Markdown headings are checked.
        if (anchor.Length == 0 || !target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            return null;
        return Anchors(File.ReadAllText(Path.Combine(root, target))).Contains(anchor) ? null : $"no heading for #{anchor} in {target}";
    }

    /// <summary>Whether a target starts with a URI scheme (<c>https:</c>, <c>mailto:</c>).</summary>
    public static bool HasScheme(string target) => Scheme().IsMatch(target);

    /// <summary>The lines outside fenced code blocks, with their 1-based numbers.</summary>
    private static IEnumerable<(int Line, string Text)> ProseLines(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var opening = Fence().Match(lines[i]);
            if (fence is null && opening.Success)
            {
                fence = opening.Groups["fence"].Value;
                continue;
            }

            if (fence is not null)
            {
                // A fence closes with the same character, at least as many times, and nothing after it.
                var closing = lines[i].Trim();
                if (closing.Length >= fence.Length && closing.All(c => c == fence[0]))
                    fence = null;
                continue;
            }

            yield return (i + 1, lines[i]);
        }
    }

    private static string Destination(string raw)
    {
        var target = raw.Trim();
        if (target.StartsWith('<') && target.EndsWith('>'))
            target = target[1..^1];
        return Uri.UnescapeDataString(target);
    }

    [GeneratedRegex(@"^\s*(?<fence>`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"(?<ticks>`+).+?\k<ticks>")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*(?<dest><[^>]*>|[^\s)]+)(?:\s+(?:""[^""]*""|'[^']*'))?\s*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s*(?<dest><[^>]*>|\S+)")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"<(?:a|img)\s[^>]*?\b(?:href|src)\s*=\s*""(?<dest>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"<[a-z][a-z0-9]*\s[^>]*?\b(?:id|name)\s*=\s*""(?<id>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAnchor();

    [GeneratedRegex(@"^ {0,3}#{1,6}(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    /// <summary>A code span (kept as written), a link or image (its text kept) or an HTML tag (dropped).</summary>
    [GeneratedRegex(@"(?<ticks>`+)(?<code>.+?)\k<ticks>|!?\[(?<text>[^\]]*)\]\([^)]*\)|<[^>]+>")]
    private static partial Regex InlineMarkup();

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N}\p{Pc} -]")]
    private static partial Regex NotSlugCharacter();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
