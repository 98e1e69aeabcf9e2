using System.Text;
using System.Text.Json.Nodes;

namespace MemoryClients.Cli.Tests;

/// <summary>What the CLI shows a terminal, what it echoes, and how it fails on files: nothing from a memory or a secret gets through.</summary>
public sealed class CliSafetyTests(CliFixture fixture) : IClassFixture<CliFixture>
{
    /// <summary>An OSC 52 clipboard write, an OSC 0 title change, the same through C1 controls, a carriage return and an RTL override.</summary>
    private const string Hostile = "Safe start \u001b]52;c;SGFja2VkIQ==\u0007 then \u001b]0;pwned-title\u0007 c1 \u009d0;c1-title\u009c cr\rover rtl\u202Egnirts end";

    [Fact]
    public async Task Memory_text_cannot_drive_a_real_terminal()
    {
        var user = CliFixture.NewUser();
        var id = await fixture.AddVerbatimAsync(user, Hostile);

        foreach (var args in new[] { new[] { "list", "--user", user }, ["search", "pwned", "--user", user], ["get", id] })
        {
            var (exitCode, screen) = await TerminalRunner.RunAsync(CliFixture.Environment, [.. args, "--base-url", fixture.Mem0Url]);

            var shown = Encoding.Latin1.GetString(screen);
            exitCode.Should().Be(0, shown);
            shown.Should().Contain("Safe start").And.Contain("pwned-title", "the text is shown, defused");
            shown.Should().NotContain("\u001b]", "no OSC sequence (clipboard, title) reaches the terminal");
            shown.Should().NotContain("\u00C2\u009D", "no C1 OSC (UTF-8 C2 9D) either");
            shown.Should().NotContain("\u0007").And.NotContain("\r" + "over");
            shown.Should().NotContain(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("\u202E")), "an RTL override would reorder the columns");
        }
    }

    [Fact]
    public async Task Json_output_keeps_the_exact_text()
    {
        var user = CliFixture.NewUser();
        await fixture.AddVerbatimAsync(user, Hostile);

        var list = await fixture.Mem0Async("list", "--user", user, "--json");

        JsonNode.Parse(list.Lines.Single())!["text"]!.GetValue<string>().Should().Be(Hostile);
        list.Output.Should().NotContain("\u001b", "JSON escapes control characters");
    }

    [Fact]
    public async Task Export_to_a_file_that_cannot_be_written_fails_with_the_file_exit_code_and_never_claims_success()
    {
        var user = CliFixture.NewUser();
        await fixture.AddVerbatimAsync(user, "Exported fact.");

        var result = await fixture.Mem0Async("export", "--user", user, "-o", "/dev/full");

        result.ExitCode.Should().Be(6, result.ToString());
        result.Error.Should().NotContain("Exported").And.Contain("/dev/full");
    }

    [Theory]
    [InlineData("--api-key", "sk-secret-value-1")]
    [InlineData("--api-key=sk-secret-value-1")]
    [InlineData("--token", "sk-secret-value-1")]
    [InlineData("--mem0-key=sk-secret-value-1")]
    public async Task A_key_typed_as_an_option_is_never_echoed(params string[] typed)
    {
        var result = await fixture.Mem0Async(["list", "--user", "u", .. typed]);

        result.ExitCode.Should().Be(2, result.ToString());
        (result.Output + result.Error).Should().NotContain("sk-secret-value-1").And.NotContain("secret-value");
        result.Error.Should().Contain("--api-key-file");
    }

    [Theory]
    [InlineData("get")]
    [InlineData("delete")]
    [InlineData("history")]
    public async Task A_huge_id_is_refused_before_any_request_with_a_short_message(string command)
    {
        var before = fixture.Emulator.RequestLog.Entries.Count;

        var result = await fixture.Mem0Async(command, new string('x', 20_000));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Be("memory: ID is 20,000 characters long; ids are at most 1,024 characters.\n");
        fixture.Emulator.RequestLog.Entries.Count.Should().Be(before);
    }
}
