using System.Text.Json.Nodes;

namespace MemoryClients.Cli.Tests;

public sealed class CliImportTests(CliFixture fixture) : IClassFixture<CliFixture>, IDisposable
{
    private const string AddPath = "/mem0/v3/memories/add/";
    private readonly string _folder = Directory.CreateTempSubdirectory("import-").FullName;

    public void Dispose()
    {
        fixture.Emulator.Faults.Clear();
        Directory.Delete(_folder, recursive: true);
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<List<JsonNode>> ListAsync(string user)
    {
        var list = await fixture.Mem0Async("list", "--user", user, "--json");
        list.ExitCode.Should().Be(0, list.ToString());
        return [.. list.Lines.Select(l => JsonNode.Parse(l)!)];
    }

    [Fact]
    public async Task Json_lines_import_with_the_scope_flags_a_line_of_its_own_and_a_conversation()
    {
        var user = CliFixture.NewUser();
        var other = CliFixture.NewUser();
        var file = WriteFile("kb.jsonl", $$$"""
            {"text": "Likes green tea.", "metadata": {"source": "kb", "stars": 4}}

            {"memory": "Lives in Lisbon.", "user_id": "{{{other}}}"}
            {"messages": [{"role": "user", "content": "I ride a bike."}, {"role": "assistant", "content": "Noted."}], "infer": false}
            """);

        var result = await fixture.Mem0Async("import", file, "--user", user, "--no-infer", "--metadata", "batch=1");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain("Imported 3 of 3 memories.");
        File.Exists(Path.Combine(_folder, "kb.failed.jsonl")).Should().BeFalse("nothing failed");
        var mine = await ListAsync(user);
        mine.Select(m => m["text"]!.GetValue<string>()).Should().BeEquivalentTo(["Likes green tea.", "I ride a bike.", "Noted."]);
        var tea = mine.Single(m => m["text"]!.GetValue<string>() == "Likes green tea.");
        tea["metadata"]!.ToJsonString().Should().Be("""{"batch":"1","source":"kb","stars":"4"}""");
        (await ListAsync(other)).Should().ContainSingle().Which["text"]!.GetValue<string>().Should().Be("Lives in Lisbon.");
    }

    [Fact]
    public async Task Csv_from_standard_input_with_quoted_fields_and_metadata_columns()
    {
        var user = CliFixture.NewUser();
        var csv = $"""
            text,user_id,Metadata.Topic,infer
            "Prefers aisle seats, always.",{user},travel,false
            "Said ""hello""
            on two lines",{user},,false
            """;

        var result = await CliRunner.RunAsync(["import", "-", "--format", "csv", "--base-url", fixture.Mem0Url], CliFixture.Environment, csv);

        result.ExitCode.Should().Be(0, result.ToString());
        var stored = await ListAsync(user);
        stored.Select(m => m["text"]!.GetValue<string>()).Should().BeEquivalentTo(["Prefers aisle seats, always.", "Said \"hello\"\non two lines"]);
        stored.Single(m => m["text"]!.GetValue<string>().StartsWith("Prefers", StringComparison.Ordinal))["metadata"]!["Topic"]!.GetValue<string>().Should().Be("travel");
    }

    [Fact]
    public async Task Bad_lines_are_listed_by_number_and_nothing_is_sent()
    {
        var user = CliFixture.NewUser();
        var file = WriteFile("bad.jsonl", """
            {"text": "Fine."}
            {"text": "   "}
            not json
            {"text": "No role.", "role": "narrator"}
            """);
        fixture.Emulator.RequestLog.Clear();

        var result = await fixture.Mem0Async("import", file, "--user", user);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("3 bad lines; nothing was imported.").And.Contain("line 2: the text is empty.")
            .And.Contain("line 3: not JSON").And.Contain("line 4: role 'narrator' is not user, assistant or system.");
        fixture.Emulator.RequestLog.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task A_line_without_a_scope_is_refused_when_no_scope_flag_gives_one()
    {
        var file = WriteFile("noscope.jsonl", """{"text": "Whose?"}""");

        var result = await fixture.Mem0Async("import", file);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("line 1: no scope");
    }

    [Fact]
    public async Task Items_not_stored_for_certain_are_listed_next_to_the_input_and_the_exit_code_says_so()
    {
        var user = CliFixture.NewUser();
        var file = WriteFile("kb.jsonl", string.Join('\n', Enumerable.Range(0, 4).Select(i => $$"""{"text": "Fact {{i}}."}""")));
        // One at a time: a throttle (sent again), a 500 after the service stored the item, a refusal, then two successes.
        fixture.Emulator.Faults.Add("POST", AddPath, "status=429; retry-after=0; times=1");
        fixture.Emulator.Faults.Add("POST", AddPath, "status=500; processed; times=1");
        fixture.Emulator.Faults.Add("POST", AddPath, "status=422; times=1");

        var result = await fixture.Mem0Async("import", file, "--user", user, "--no-infer", "--concurrency", "1");

        var failedFile = Path.Combine(_folder, "kb.failed.jsonl");
        result.ExitCode.Should().Be(7, result.ToString());
        result.Error.Should().Contain("Imported 2 of 4 memories; 1 failed; 1 may have been stored (check before sending them again); the service throttled 1 adds")
            .And.Contain($"The 2 items not stored for certain are listed in {failedFile}.");
        var lines = (await File.ReadAllLinesAsync(failedFile)).Select(l => JsonNode.Parse(l)!).ToList();
        lines.Select(l => (l["line"]!.GetValue<int>(), l["status"]!.GetValue<string>(), l["text"]!.GetValue<string>(), l["user_id"]!.GetValue<string>()))
            .Should().Equal((1, "may_have_been_stored", "Fact 0.", user), (2, "failed", "Fact 1.", user));
        lines.Should().OnlyContain(l => l["error"]!.GetValue<string>().Length > 0 && l["infer"]!.GetValue<bool>() == false);
        (await ListAsync(user)).Select(m => m["text"]!.GetValue<string>()).Should().BeEquivalentTo(["Fact 0.", "Fact 2.", "Fact 3."],
            "the item answered with a 500 after it was stored is there, once");
    }

    [Fact]
    public async Task With_json_the_account_is_one_line_on_standard_output()
    {
        var user = CliFixture.NewUser();
        var file = WriteFile("one.jsonl", """{"text": "Counted."}""");

        var result = await fixture.Mem0Async("import", file, "--user", user, "--no-infer", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        JsonNode.Parse(result.Lines.Single())!.ToJsonString().Should()
            .Be("""{"total":1,"stored":1,"failed":0,"may_have_been_stored":0,"not_sent":0,"throttled":0,"cancelled":false,"not_stored_file":null}""");
    }

    [Fact]
    public void Piped_progress_is_a_plain_line_at_every_tenth_and_none_for_a_short_run()
    {
        static string Run(long total)
        {
            var error = new StringWriter();
            var context = new CliContext(new StringWriter(), error, new StringReader(""), _ => null, interactive: false, inputRedirected: false);
            CliProgress.RunAsync(context, "Importing", total, progress =>
            {
                for (var done = 1; done <= total; done++) progress.Report(done, "ok");
                return Task.FromResult(0);
            }).GetAwaiter().GetResult();
            return error.ToString();
        }

        var lines = Run(2000).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(10);
        lines[0].Should().Be("Importing 200/2,000 (ok)");
        lines[^1].Should().Be("Importing 2,000/2,000 (ok)");
        Run(99).Should().BeEmpty();
    }
}
