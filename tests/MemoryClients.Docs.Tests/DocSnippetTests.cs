namespace MemoryClients.Docs.Tests;

/// <summary>Every ```csharp block of README.md, docs/*.md and samples/*/README.md compiles (see <see cref="SnippetCompiler"/> for the convention).</summary>
public sealed class DocSnippetTests
{
    public static TheoryData<string> CompiledBlocks => new(DocBlocks.All.Where(b => !b.IsSkipped).Select(b => b.Id));

    [Theory]
    [MemberData(nameof(CompiledBlocks))]
    public void Compiles(string block)
    {
        var errors = SnippetCompiler.Errors(DocBlocks.ById(block));

        string.Join('\n', errors).Should().BeEmpty($"the C# block at {block} must compile");
    }

    [Fact]
    public void Every_not_compiled_marker_gives_a_reason()
    {
        DocBlocks.All.Where(b => b.SkipReason is "").Select(b => b.Id)
            .Should().BeEmpty("a <!-- not compiled: reason --> marker must say why the block does not compile");
    }

    [Fact]
    public void The_readme_and_the_docs_have_csharp_blocks()
    {
        DocBlocks.All.Should().Contain(b => b.File == "README.md");
        DocBlocks.All.Should().Contain(b => b.File.StartsWith("docs/", StringComparison.Ordinal));
    }
}

/// <summary>The extraction itself: fences, line numbers and markers.</summary>
public sealed class DocBlockParsingTests
{
    private const string Markdown = """
        # Title

        ```csharp
        var a = 1;
        ```

        ```bash
        dotnet test
        ```

        <!-- not compiled: shows a compiler error -->
        ```csharp
        var b = ;
        ```

        <!-- not compiled -->
        ```cs
        x
        ```

        - In a list:

          ```csharp
          var c = 3;
          ```
        """;

    [Fact]
    public void Finds_csharp_blocks_with_their_opening_line_and_skips_other_languages()
    {
        var blocks = DocBlocks.Parse("x.md", Markdown).ToList();

        blocks.Select(b => (b.Id, b.Code)).Should().Equal(
            ("x.md:3", "var a = 1;"), ("x.md:12", "var b = ;"), ("x.md:17", "x"), ("x.md:23", "var c = 3;"));
    }

    [Fact]
    public void Reads_the_marker_on_the_line_above_the_fence()
    {
        var blocks = DocBlocks.Parse("x.md", Markdown).ToList();

        blocks.Select(b => b.SkipReason).Should().Equal(null, "shows a compiler error", "", null);
    }

    [Fact]
    public void Reports_an_error_with_its_line_inside_the_block_and_in_the_file()
    {
        var errors = SnippetCompiler.Errors(new DocBlock("x.md", 10, "var ok = 1;\nMem0Client c = 42;", null));

        errors.Should().ContainSingle().Which.Should().StartWith("block line 2 (x.md:12): CS0029");
    }

    [Fact]
    public void Free_variables_and_product_namespaces_are_in_scope()
    {
        var errors = SnippetCompiler.Errors(new DocBlock("x.md", 1,
            "var hits = await memory.SearchAsync(\"q\", MemoryScope.ForUser(\"u\"), cancellationToken: ct);\nConsole.WriteLine(hits.Count);", null));

        errors.Should().BeEmpty();
    }
}
