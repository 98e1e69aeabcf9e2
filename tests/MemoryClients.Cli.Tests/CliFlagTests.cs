using System.Text.Json.Nodes;

namespace MemoryClients.Cli.Tests;

/// <summary>The CLI in its own terms: errors name its flags, a self-hosted MemMachine is reachable, text comes from stdin, one JSON form.</summary>
public sealed class CliFlagTests(CliFixture fixture) : IClassFixture<CliFixture>
{
    private static readonly Dictionary<string, string> NoKeys = [];

    private static readonly string[] SdkWords = ["AllowInsecureHttp", "Deployment =", "SelfHosted", "ListAsync", "DeleteAsync", "MemoryFilter", "ClientOptions", "BaseAddress", "Entities."];

    [Theory]
    [InlineData("--allow-insecure-http", "list", "--user", "u", "--base-url", "http://10.1.2.3/mem0/")]
    [InlineData("--base-url", "list", "--user", "u", "--base-url", "http://127.0.0.1:1/mem0/?page=2")]
    [InlineData("--filter uid=", "--provider", "memmachine", "get", "42")]
    [InlineData("memory delete", "--provider", "memmachine", "update", "42", "--text", "new")]
    [InlineData("--deployment self-hosted", "--provider", "memmachine", "--org", "acme", "list", "--user", "u")]
    [InlineData("--user", "delete-all", "--user", "*", "--yes")]
    [InlineData("--project", "--provider", "memmachine", "--deployment", "self-hosted", "--project", "bad project!", "list", "--user", "u")]
    public async Task Errors_name_the_cli_flags_not_the_sdk_settings(string flag, params string[] args)
    {
        var result = await CliRunner.RunAsync(args, CliFixture.Environment);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain(flag);
        foreach (var word in SdkWords) result.Error.Should().NotContain(word);
    }

    [Theory]
    [InlineData("mem0", "MEM0_API_KEY")]
    [InlineData("memmachine", "MEMMACHINE_API_KEY")]
    public async Task A_missing_key_says_how_to_give_one_in_cli_terms(string provider, string variable)
    {
        var result = await CliRunner.RunAsync(["--provider", provider, "list", "--user", "u", "--base-url", fixture.Mem0Url], NoKeys);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain(variable).And.Contain("--api-key-file");
        foreach (var word in SdkWords) result.Error.Should().NotContain(word);
        if (provider == "memmachine") result.Error.Should().Contain("--deployment self-hosted");
    }

    [Fact]
    public async Task A_self_hosted_MemMachine_is_reached_with_its_org_and_project_and_no_key()
    {
        var user = CliFixture.NewUser();
        string[] target = ["--provider", "memmachine", "--deployment", "self-hosted", "--org", "acme", "--project", "support", "--base-url", fixture.MemMachineUrl];

        var add = await CliRunner.RunAsync([.. target, "add", "--user", user, "--json", "I keep bees."], NoKeys);
        var list = await CliRunner.RunAsync([.. target, "list", "--user", user, "--json"], NoKeys);

        add.ExitCode.Should().Be(0, add.ToString());
        list.ExitCode.Should().Be(0, list.ToString());
        list.Lines.Should().ContainSingle().Which.Should().Contain("I keep bees.");
        var sent = fixture.Emulator.RequestLog.Entries.Last(e => e.Method == "POST" && e.Body.Contains(user, StringComparison.Ordinal) && e.Body.Contains("I keep bees.", StringComparison.Ordinal));
        JsonNode.Parse(sent.Body)!["org_id"]!.GetValue<string>().Should().Be("acme");
        JsonNode.Parse(sent.Body)!["project_id"]!.GetValue<string>().Should().Be("support");
    }

    [Fact]
    public async Task Add_reads_the_text_from_stdin_when_it_is_a_dash()
    {
        var user = CliFixture.NewUser();

        var add = await CliRunner.RunAsync(["add", "--user", user, "--no-infer", "--json", "-", "--base-url", fixture.Mem0Url], CliFixture.Environment, input: "Read from stdin.\nSecond line.\n");

        add.ExitCode.Should().Be(0, add.ToString());
        var list = await fixture.Mem0Async("list", "--user", user, "--json");
        JsonNode.Parse(list.Lines.Single())!["text"]!.GetValue<string>().Should().Be("Read from stdin.\nSecond line.");
    }

    [Fact]
    public async Task Add_reads_the_text_from_redirected_stdin_when_none_is_given()
    {
        var user = CliFixture.NewUser();

        var add = await CliRunner.RunAsync(["add", "--user", user, "--no-infer", "--json", "--base-url", fixture.Mem0Url], CliFixture.Environment, input: "Piped in.\n");

        add.ExitCode.Should().Be(0, add.ToString());
        var list = await fixture.Mem0Async("list", "--user", user, "--json");
        JsonNode.Parse(list.Lines.Single())!["text"]!.GetValue<string>().Should().Be("Piped in.");
    }

    [Fact]
    public async Task Every_machine_readable_output_writes_text_as_readable_UTF_8()
    {
        const string text = "Café + naïve <b> 東京 \"quoted\"";
        var user = CliFixture.NewUser();
        var add = await fixture.Mem0Async("add", "--user", user, "--no-infer", "--json", text);
        add.ExitCode.Should().Be(0, add.ToString());

        var list = await fixture.Mem0Async("list", "--user", user, "--json");
        var export = await fixture.Mem0Async("export", "--user", user);

        foreach (var output in new[] { list.Output, export.Output })
        {
            output.Should().Contain("Café + naïve <b> 東京 \\\"quoted\\\"");
            output.Should().NotContain("\\u00E9").And.NotContain("\\u002B").And.NotContain("\\u003C");
        }
    }
}
