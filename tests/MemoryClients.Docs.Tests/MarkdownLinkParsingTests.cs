namespace MemoryClients.Docs.Tests;

/// <summary>The link extraction, GitHub's heading slugs and the resolution rules, on small examples.</summary>
public sealed class MarkdownLinkParsingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("doc-links-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("Quick start: Mem0", "quick-start-mem0")]
    [InlineData("One client for both: `IMemoryClient`", "one-client-for-both-imemoryclient")]
    [InlineData("The SDK's own tests", "the-sdks-own-tests")]
    [InlineData("Contract mappings (WireMock)", "contract-mappings-wiremock")]
    [InlineData("Ranking: by words — or by meaning", "ranking-by-words--or-by-meaning")]
    [InlineData("`AsyncPageable<T>` and `user_id`", "asyncpageablet-and-user_id")]
    [InlineData("See [the emulator](emulator.md) <em>now</em>", "see-the-emulator-now")]
    [InlineData("Über Caching 2", "über-caching-2")]
    public void A_heading_slug_follows_GitHub(string heading, string slug)
    {
        MarkdownLinks.Slug(heading).Should().Be(slug);
    }

    [Fact]
    public void Repeated_headings_get_numbered_anchors_and_headings_in_code_do_not_count()
    {
        const string Markdown = """
            # Setup
            ## Setup
            ```bash
            # not a heading
            ```
            ## Setup ##
            <a name="legacy-anchor"></a>
            """;

        MarkdownLinks.Anchors(Markdown).Should().BeEquivalentTo("setup", "setup-1", "setup-2", "legacy-anchor");
    }

    [Fact]
    public void Finds_links_images_definitions_and_html_but_not_code()
    {
        const string Markdown = """
            See [paging](docs/paging.md#prefetch "Prefetch") and ![chart](<docs/perf chart.svg>).
            Not `[code](nowhere.md)`, nor:
            ```markdown
            [fenced](nowhere.md)
            ```
            [ref]: docs/filters.md
            <img src="assets/icon.png"> [site](https://example.com) [here](#top)
            """;

        MarkdownLinks.Links("README.md", Markdown).Select(l => (l.Line, l.Target)).Should().Equal(
            (1, "docs/paging.md#prefetch"), (1, "docs/perf chart.svg"), (6, "docs/filters.md"),
            (7, "https://example.com"), (7, "#top"), (7, "assets/icon.png"));
    }

    [Fact]
    public void A_link_to_a_missing_file_or_heading_is_a_problem_and_a_good_one_is_not()
    {
        Directory.CreateDirectory(Path.Combine(_root, "docs"));
        File.WriteAllText(Path.Combine(_root, "docs", "paging.md"), "# Paging\n## Prefetch\n");
        File.WriteAllText(Path.Combine(_root, "README.md"), "# Read me\n");

        string? Problem(string file, string target) => MarkdownLinks.Problem(new DocLink(file, 1, target), _root);

        Problem("README.md", "docs/paging.md#prefetch").Should().BeNull();
        Problem("docs/paging.md", "../README.md#read-me").Should().BeNull();
        Problem("docs/paging.md", "#paging").Should().BeNull();
        Problem("docs/paging.md", "/docs").Should().BeNull();
        Problem("README.md", "https://example.com/missing.md").Should().BeNull();
        Problem("README.md", "docs/pagin.md").Should().Be("no file or folder docs/pagin.md");
        Problem("README.md", "docs/paging.md#pre-fetch").Should().Be("no heading for #pre-fetch in docs/paging.md");
        Problem("docs/paging.md", "#setup").Should().Be("no heading for #setup in docs/paging.md");
        Problem("docs/paging.md", "../../outside.md").Should().Be("points outside the repository");
    }
}
