namespace MemoryClients.Docs.Tests;

/// <summary>Every relative link of README.md, docs/*.md and samples/*/README.md resolves, and every docs page is reachable from the README.</summary>
public sealed class DocLinkTests
{
    public static TheoryData<string> Files => new(DocBlocks.MarkdownFiles);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_relative_link_names_an_existing_file_and_every_anchor_a_heading(string file)
    {
        var broken = LinksOf(file)
            .Select(link => (link, problem: MarkdownLinks.Problem(link, DocBlocks.RepositoryRoot)))
            .Where(x => x.problem is not null)
            .Select(x => $"{x.link} ({x.problem})")
            .ToList();

        broken.Should().BeEmpty($"every relative link of {file} must resolve");
    }

    [Fact]
    public void Every_page_of_the_docs_folder_is_linked_from_the_readme()
    {
        var linked = LinksOf("README.md").Where(l => !l.IsExternal).Select(l => l.Target.Split('#')[0]).ToHashSet(StringComparer.Ordinal);

        var unlinked = DocBlocks.MarkdownFiles.Where(f => f.StartsWith("docs/", StringComparison.Ordinal) && !linked.Contains(f)).ToList();

        unlinked.Should().BeEmpty("a newcomer finds every page from the README");
    }

    private static IEnumerable<DocLink> LinksOf(string file) =>
        MarkdownLinks.Links(file, File.ReadAllText(Path.Combine(DocBlocks.RepositoryRoot, file)));
}
