using System.Text.Json.Nodes;
using MemoryClients.Emulator.Faults;

namespace MemoryClients.Cli.Tests;

public sealed class CliCommandTests(CliFixture fixture) : IClassFixture<CliFixture>
{
    private static JsonObject[] JsonLines(CliResult result) => [.. result.Lines.Select(l => JsonNode.Parse(l)!.AsObject())];

    [Fact]
    public async Task Mem0_round_trip_add_search_list_get_update_history_delete()
    {
        var user = CliFixture.NewUser();
        var id = await fixture.AddVerbatimAsync(user, "I love spicy pizza.", "--metadata", "source=cli");
        await fixture.AddVerbatimAsync(user, "I live in Lisbon.");

        var search = await fixture.Mem0Async("search", "pizza", "--user", user, "--json");
        search.ExitCode.Should().Be(0, search.ToString());
        var hit = JsonLines(search).Should().ContainSingle().Subject;
        hit["id"]!.GetValue<string>().Should().Be(id);
        hit["text"]!.GetValue<string>().Should().Be("I love spicy pizza.");
        hit["score"]!.GetValue<double>().Should().BeGreaterThan(0);

        var list = await fixture.Mem0Async("list", "--user", user, "--json");
        list.ExitCode.Should().Be(0, list.ToString());
        JsonLines(list).Select(j => j["text"]!.GetValue<string>()).Should().BeEquivalentTo("I love spicy pizza.", "I live in Lisbon.");
        JsonLines(list).Should().OnlyContain(j => j["user_id"]!.GetValue<string>() == user);

        var filtered = await fixture.Mem0Async("list", "--user", user, "--json", "--filter", "metadata.source=cli");
        JsonLines(filtered).Select(j => j["id"]!.GetValue<string>()).Should().Equal(id);

        var update = await fixture.Mem0Async("update", id, "--text", "I love mild pizza.", "--json");
        update.ExitCode.Should().Be(0, update.ToString());
        JsonLines(update).Single()["text"]!.GetValue<string>().Should().Be("I love mild pizza.");

        var get = await fixture.Mem0Async("get", id);
        get.ExitCode.Should().Be(0, get.ToString());
        get.Output.Should().Contain("I love mild pizza.").And.Contain("1 memory");

        var history = await fixture.Mem0Async("history", id, "--json");
        history.ExitCode.Should().Be(0, history.ToString());
        JsonLines(history).Select(h => h["event"]!.GetValue<string>()).Should().Contain(["ADD", "UPDATE"]);

        var delete = await fixture.Mem0Async("delete", id);
        delete.ExitCode.Should().Be(0, delete.ToString());
        delete.Output.Should().Contain($"Deleted {id}");
        (await fixture.Mem0Async("get", id)).ExitCode.Should().Be(3);
    }

    [Fact]
    public async Task List_as_a_table_shows_every_memory_across_pages()
    {
        var user = CliFixture.NewUser();
        for (var i = 0; i < 5; i++) await fixture.AddVerbatimAsync(user, $"Fact number {i}.");

        var list = await fixture.Mem0Async("list", "--user", user, "--page-size", "2");

        list.ExitCode.Should().Be(0, list.ToString());
        for (var i = 0; i < 5; i++) list.Output.Should().Contain($"Fact number {i}.");
        list.Output.Should().Contain("5 memories");
        fixture.Emulator.RequestLog.Entries.Count(e => e.Path == "/mem0/v3/memories/" && e.Body.Contains(user, StringComparison.Ordinal))
            .Should().Be(3, "five memories at two per page take three requests");
    }

    [Fact]
    public async Task Deleting_several_memories_asks_first_and_keeps_them_when_declined()
    {
        var user = CliFixture.NewUser();
        var first = await fixture.AddVerbatimAsync(user, "One.");
        var second = await fixture.AddVerbatimAsync(user, "Two.");

        var declined = await CliRunner.RunAsync(["delete", first, second, "--base-url", fixture.Mem0Url], CliFixture.Environment, input: "n\n");
        declined.ExitCode.Should().Be(1);
        declined.Error.Should().Contain("Delete 2 memories? [y/N]").And.Contain("Nothing deleted");
        (await fixture.Mem0Async("get", first)).ExitCode.Should().Be(0);

        var noAnswer = await CliRunner.RunAsync(["delete", first, second, "--base-url", fixture.Mem0Url], CliFixture.Environment);
        noAnswer.ExitCode.Should().Be(1);
        noAnswer.Error.Should().Contain("--yes");

        var confirmed = await CliRunner.RunAsync(["delete", first, second, "--base-url", fixture.Mem0Url], CliFixture.Environment, input: "y\n");
        confirmed.ExitCode.Should().Be(0, confirmed.ToString());
        (await fixture.Mem0Async("get", first)).ExitCode.Should().Be(3);
        (await fixture.Mem0Async("get", second)).ExitCode.Should().Be(3);
    }

    [Fact]
    public async Task Delete_all_needs_yes_or_a_confirmation()
    {
        var user = CliFixture.NewUser();
        await fixture.AddVerbatimAsync(user, "Keep me for now.");

        (await fixture.Mem0Async("delete-all", "--user", user)).ExitCode.Should().Be(1);
        JsonLines(await fixture.Mem0Async("list", "--user", user, "--json")).Should().ContainSingle();

        var result = await fixture.Mem0Async("delete-all", "--user", user, "--yes");

        result.ExitCode.Should().Be(0, result.ToString());
        (await fixture.Mem0Async("list", "--user", user, "--json")).Lines.Should().BeEmpty();
    }

    [Fact]
    public async Task Export_writes_the_services_own_json_to_a_file()
    {
        var user = CliFixture.NewUser();
        var id = await fixture.AddVerbatimAsync(user, "Exported fact.");
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.jsonl");
        try
        {
            var result = await fixture.Mem0Async("export", "--user", user, "--output", file);

            result.ExitCode.Should().Be(0, result.ToString());
            result.Error.Should().Contain("Exported 1 memory to " + file);
            var line = JsonNode.Parse((await File.ReadAllLinesAsync(file)).Single())!;
            line["id"]!.GetValue<string>().Should().Be(id);
            line["memory"]!.GetValue<string>().Should().Be("Exported fact.", "the export keeps Mem0's own field names");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task MemMachine_add_list_search_and_projects()
    {
        var user = CliFixture.NewUser();

        var add = await fixture.MemMachineAsync("add", "--user", user, "--json", "I drink green tea every morning.");
        add.ExitCode.Should().Be(0, add.ToString());
        var list = await fixture.MemMachineAsync("list", "--user", user, "--json");
        list.ExitCode.Should().Be(0, list.ToString());
        JsonLines(list).Should().Contain(j => j["text"]!.GetValue<string>() == "I drink green tea every morning." && j["kind"]!.GetValue<string>() == "Episode");
        var search = await fixture.MemMachineAsync("search", "green tea", "--user", user, "--json");
        search.ExitCode.Should().Be(0, search.ToString());
        search.Output.Should().Contain("green tea");
        var projects = await fixture.MemMachineAsync("projects", "--json");
        projects.ExitCode.Should().Be(0, projects.ToString());
        JsonLines(projects).Should().Contain(p => p["org_id"]!.GetValue<string>() == "emulator");
    }

    [Fact]
    public async Task Mem0_only_commands_are_usage_errors_on_MemMachine()
    {
        var result = await fixture.MemMachineAsync("events");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("'events' is a Mem0 feature");
    }

    [Fact]
    public async Task Events_lists_background_events()
    {
        var user = CliFixture.NewUser();
        (await fixture.Mem0Async("add", "--user", user, "I like jazz.")).ExitCode.Should().Be(0);

        var events = await fixture.Mem0Async("events", "--json", "--limit", "200");

        events.ExitCode.Should().Be(0, events.ToString());
        JsonLines(events).Should().Contain(e => e["event_type"]!.GetValue<string>() == "ADD");
    }

    [Theory]
    [InlineData("list", "--bogus")]
    [InlineData("list")]
    [InlineData("list", "--user", "u", "--filter", "colour=blue")]
    [InlineData("list", "--user", "u", "--filter", "created_at>=yesterday")]
    [InlineData("--provider", "zep", "list", "--user", "u")]
    [InlineData("search")]
    public async Task Usage_errors_exit_with_2(params string[] args)
    {
        var result = await fixture.Mem0Async(args);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith("memory: ");
    }

    [Fact]
    public async Task A_wrong_key_is_an_auth_failure_and_never_echoed()
    {
        var result = await CliRunner.RunAsync(["list", "--user", "u", "--base-url", fixture.Mem0Url],
            new Dictionary<string, string> { ["MEM0_API_KEY"] = "wrong-secret-key" });

        result.ExitCode.Should().Be(4, result.ToString());
        (result.Output + result.Error).Should().NotContain("wrong-secret-key");
    }

    [Fact]
    public async Task The_key_file_wins_over_the_environment()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, CliFixture.Key + "\n");
        try
        {
            var result = await CliRunner.RunAsync(["list", "--user", "u", "--json", "--api-key-file", file, "--base-url", fixture.Mem0Url],
                new Dictionary<string, string> { ["MEM0_API_KEY"] = "wrong" });

            result.ExitCode.Should().Be(0, result.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_server_failure_exits_with_5()
    {
        var user = CliFixture.NewUser();
        var rule = new FaultRule("POST", "/mem0/v3/memories/add/", "status=500");
        fixture.Emulator.Faults.Add(rule);
        try
        {
            var result = await fixture.Mem0Async("add", "--user", user, "Never stored.");

            result.ExitCode.Should().Be(5, result.ToString());
            rule.AppliedCount.Should().Be(1, "an add is not retried after a 500");
        }
        finally
        {
            fixture.Emulator.Faults.Clear();
        }
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var result = await CliRunner.RunAsync(["--help"]);

        result.ExitCode.Should().Be(0);
        foreach (var command in new[] { "add", "search", "list", "get", "update", "delete", "delete-all", "history", "export", "import", "projects", "events", "emulator", "mcp" })
            result.Output.Should().MatchRegex($@"\n\s+{command}\b");
    }

    [Fact]
    public async Task Emulator_subcommand_passes_its_arguments_to_the_emulator()
    {
        var result = await CliRunner.RunAsync(["emulator", "--port", "x"]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--port must be a number");
    }
}
