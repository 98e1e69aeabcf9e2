using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MemoryClients.Docs.Tests;

/// <summary>
/// Compiles one documentation block with Roslyn against the solution's real assemblies.
/// </summary>
/// <remarks>
/// The convention (also in docs/contributing.md):
/// <list type="bullet">
/// <item>Every block is compiled as one C# file of its own: optional <c>using</c> directives, then optional statements
/// (top-level statements, <c>await</c> allowed), then optional type declarations. A complete program or a file of types
/// compiles as is; a fragment of statements needs no wrapper.</item>
/// <item>A second file, <see cref="Context"/>, supplies what every snippet may assume: the implicit usings of an SDK
/// project, the product's namespaces, and a few well-known free variables (<c>memory</c>, <c>mem0</c>, <c>memMachine</c>,
/// <c>ct</c>, <c>builder</c>, ...) plus the placeholder handler type <c>MyHandler</c>. A block that declares a
/// local of the same name simply shadows it.</item>
/// <item>Warnings do not fail a block; errors do.</item>
/// <item>A block that deliberately does not compile has <c>&lt;!-- not compiled: reason --&gt;</c> on the line just above
/// its opening fence; it is not compiled, and the reason must be given.</item>
/// </list>
/// </remarks>
public static class SnippetCompiler
{
    /// <summary>The file every block is compiled with: global usings, free variables, placeholder types.</summary>
    public const string Context = """
        // Implicit usings of an SDK-style project, plus ASP.NET Core's.
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        // The product and the libraries it plugs into.
        global using System.Text.Json.Nodes;
        global using MemoryClients;
        global using MemoryClients.Diagnostics;
        global using MemoryClients.Emulator;
        global using MemoryClients.Errors;
        global using MemoryClients.Extensions.AI;
        global using MemoryClients.Filters;
        global using MemoryClients.Mem0;
        global using MemoryClients.Mem0.Api;
        global using MemoryClients.MemMachine;
        global using MemoryClients.MemMachine.Api;
        global using MemoryClients.Paging;
        global using Microsoft.Agents.AI;
        global using Microsoft.Extensions.AI;
        global using static DocSnippetContext;

        /// <summary>The free variables a documentation snippet may use without declaring them.</summary>
        internal static class DocSnippetContext
        {
            public static IMemoryClient memory => throw null!;           // the unified client
            public static Mem0Client mem0 => throw null!;
            public static MemMachineClient memMachine => throw null!;
            public static MemoryEmulator emulator => throw null!;
            public static MemoryScope scope => throw null!;
            public static string id => throw null!;                      // a memory id
            public static string currentUserId => throw null!;
            public static string? savedToken => throw null!;              // a saved continuation token
            public static JsonObject schema => throw null!;               // a Mem0 export schema
            public static IChatClient model => throw null!;              // the underlying chat model
            public static IChatClient chat => throw null!;               // a chat client built on it
            public static List<ChatMessage> history => throw null!;      // the conversation so far
            public static WebApplicationBuilder builder => throw null!;
            public static CancellationToken ct => throw null!;
        }

        /// <summary>A handler of the application's own, for snippets that add one to an HttpClient pipeline.</summary>
        internal sealed class MyHandler : DelegatingHandler;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    private static readonly Lazy<SyntaxTree> ContextTree = new(() => CSharpSyntaxTree.ParseText(Context, ParseOptions, "Context.cs"));

    /// <summary>Compiles a block; returns its errors, formatted with the line inside the block and in the Markdown file.</summary>
    public static IReadOnlyList<string> Errors(DocBlock block)
    {
        var tree = CSharpSyntaxTree.ParseText(block.Code, ParseOptions, block.Id);
        var hasStatements = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(
            hasStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create("DocSnippet", [tree, ContextTree.Value], References.Value, options);
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => Format(block, d))
            .ToList();
    }

    private static string Format(DocBlock block, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        if (span.Path != block.Id)
        {
            return $"{span.Path}({span.StartLinePosition.Line + 1}): {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        var line = span.StartLinePosition.Line + 1;
        var text = block.Code.Split('\n')[span.StartLinePosition.Line].Trim();
        return $"block line {line} ({block.File}:{block.Line + line}): {diagnostic.Id}: "
            + $"{diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}\n    {text}";
    }

    /// <summary>The trusted platform assemblies plus every managed dll of the test's output folder, once per run.</summary>
    private static List<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var output = Directory.GetFiles(AppContext.BaseDirectory, "*.dll");
        return platform.Concat(output)
            .Where(IsManagedAssembly)
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            _ = AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
