using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MemoryClients.Generators.Tests;

/// <summary>The extensible enum generator on small sources: its output, that the output compiles clean, its errors, its caching.</summary>
public sealed class ExtensibleEnumGeneratorTests
{
    private const string Color = """
        using System.Text.Json.Serialization;
        using MemoryClients.Serialization;

        namespace Sample;

        /// <summary>A color.</summary>
        [JsonConverter(typeof(ExtensibleEnumConverter<Color>))]
        public readonly partial struct Color
        {
            /// <summary><c>red</c>: Red.</summary>
            public static Color Red { get; } = new("red");
        }
        """;

    private static readonly CSharpParseOptions Parse = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    [Fact]
    public void A_marked_struct_gets_the_shared_members()
    {
        var run = Run(Color);

        run.Diagnostics.Should().BeEmpty();
        var source = run.Results.Single().GeneratedSources.Should().ContainSingle().Subject;
        source.HintName.Should().Be("Sample.Color.g.cs");
        source.SourceText.ToString().Should().Be(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Snapshots", "Color.g.txt")));
    }

    [Fact]
    public void The_completed_struct_compiles_without_warnings_and_every_public_member_is_documented()
    {
        Driver(trackSteps: false).RunGeneratorsAndUpdateCompilation(Sample(Tree(Color)), out var output, out var diagnostics);

        diagnostics.Should().BeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("[JsonConverter(typeof(JsonStringEnumConverter))]")]
    public void A_struct_without_the_extensible_enum_converter_is_left_alone(string attribute)
    {
        var source = Color.Replace("[JsonConverter(typeof(ExtensibleEnumConverter<Color>))]", attribute, StringComparison.Ordinal);

        Run(source).GeneratedTrees.Should().BeEmpty();
    }

    [Theory]
    [InlineData("public static class Outer { [JsonConverter(typeof(ExtensibleEnumConverter<Color>))] public readonly partial struct Color; }")]
    [InlineData("[JsonConverter(typeof(ExtensibleEnumConverter<>))] public readonly partial struct Color<T>;")]
    public void A_nested_or_generic_struct_is_an_error_that_names_it(string declaration)
    {
        var run = Run($"using System.Text.Json.Serialization;\nusing MemoryClients.Serialization;\nnamespace Sample;\n{declaration}");

        run.GeneratedTrees.Should().BeEmpty();
        var error = run.Diagnostics.Should().ContainSingle().Subject;
        error.Id.Should().Be("MCGEN001");
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.GetMessage(CultureInfo.InvariantCulture).Should().Contain("'Color'");
    }

    [Fact]
    public void Editing_a_known_value_or_another_file_regenerates_nothing()
    {
        var color = Tree(Color);
        var other = Tree("namespace Sample; internal static class Other;");
        var compilation = Sample(color, other);
        var driver = Driver(trackSteps: true).RunGenerators(compilation);

        var withBlue = Color[..Color.LastIndexOf('}')] + """

                /// <summary><c>blue</c>: Blue.</summary>
                public static Color Blue { get; } = new("blue");
            }
            """;
        var edited = compilation
            .ReplaceSyntaxTree(color, Tree(withBlue))
            .ReplaceSyntaxTree(other, Tree("namespace Sample; internal static class Renamed;"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        result.GeneratedSources.Should().ContainSingle();
        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs)
            .Should().NotBeEmpty().And.OnlyContain(output => output.Reason == IncrementalStepRunReason.Cached);
    }

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    private static SyntaxTree Tree(string source) => CSharpSyntaxTree.ParseText(source, Parse);

    private static CSharpCompilation Sample(params SyntaxTree[] trees) =>
        CSharpCompilation.Create("Sample", [.. trees, .. LibraryTrees()], References.Value, CompilationOptions);

    private static GeneratorDriverRunResult Run(string source) =>
        Driver(trackSteps: false).RunGenerators(Sample(Tree(source))).GetRunResult();

    private static CSharpGeneratorDriver Driver(bool trackSteps) => CSharpGeneratorDriver.Create(
        [new ExtensibleEnumGenerator().AsSourceGenerator()],
        parseOptions: Parse,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The library's interface and converter, as the library compiles them (with its implicit usings).</summary>
    private static IEnumerable<SyntaxTree> LibraryTrees() =>
        new[] { "ExtensibleEnumConverter.cs", "IWireValue.cs" }
            .Select(name => Path.Combine(AppContext.BaseDirectory, "Library", name))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), Parse, path))
            .Append(CSharpSyntaxTree.ParseText("global using System;", Parse));
}
