using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Faults;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace MemoryClients.Cli.Tests;

/// <summary>Starts <c>memory mcp</c> as a child process against the emulator and drives it over stdio with the MCP C# client.</summary>
public sealed class McpServerTests(CliFixture fixture) : IClassFixture<CliFixture>
{
    private const string NotFound = "No memory with this id exists for this user.";

    private static string Text(CallToolResult result) => result.Content.OfType<TextContentBlock>().Single().Text;

    [Fact]
    public async Task Tools_are_named_apart_from_other_servers_tools_and_search_finds_what_add_stored()
    {
        var user = CliFixture.NewUser();
        await using var server = await McpServer.StartAsync(fixture.Mem0Url, user);

        var tools = await server.Client.ListToolsAsync();

        tools.Select(t => t.Name).Should().BeEquivalentTo("search_memories", "add_memory", "list_memories", "get_memory", "delete_memory");
        tools.Should().OnlyContain(t => !string.IsNullOrWhiteSpace(t.Description));
        var search = tools.Single(t => t.Name == "search_memories").ProtocolTool;
        search.InputSchema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Should().Equal("query");
        search.Annotations!.ReadOnlyHint.Should().BeTrue();
        var delete = tools.Single(t => t.Name == "delete_memory").ProtocolTool;
        delete.Annotations!.DestructiveHint.Should().BeTrue();
        delete.Annotations.ReadOnlyHint.Should().BeFalse();
        tools.Single(t => t.Name == "add_memory").ProtocolTool.Annotations!.DestructiveHint.Should().BeFalse();

        var added = await server.CallAsync("add_memory", new() { ["text"] = "I am allergic to peanuts." });
        added.IsError.Should().NotBe(true, Text(added));
        var found = await server.CallAsync("search_memories", new() { ["query"] = "peanuts allergy", ["limit"] = 3 });
        found.IsError.Should().NotBe(true, Text(found));
        var hits = JsonNode.Parse(Text(found))!.AsArray();
        hits.Should().ContainSingle();
        hits[0]!["text"]!.GetValue<string>().Should().Be("I am allergic to peanuts.");
        hits[0]!["user_id"]!.GetValue<string>().Should().Be(user, "the tools act for the user given on the command line");
    }

    [Fact]
    public async Task An_inferred_add_on_Mem0_reports_the_queued_event_and_promises_no_ids()
    {
        await using var server = await McpServer.StartAsync(fixture.Mem0Url, CliFixture.NewUser());

        var added = await server.CallAsync("add_memory", new() { ["text"] = "I live in Porto." });

        added.IsError.Should().NotBe(true, Text(added));
        var result = JsonNode.Parse(Text(added))!.AsObject();
        result["status"]!.GetValue<string>().Should().Be("queued");
        result["event_id"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        result.ContainsKey("ids").Should().BeFalse("Mem0 returns no memory ids for an inferred add");
        result["note"]!.GetValue<string>().Should().Contain("no memory ids");
        var description = (await server.Client.ListToolsAsync()).Single(t => t.Name == "add_memory").Description;
        description.Should().Contain("event").And.NotContain("returns the new memory ids");
    }

    [Fact]
    public async Task Dates_are_ISO_8601_with_a_literal_plus()
    {
        var user = CliFixture.NewUser();
        await fixture.AddVerbatimAsync(user, "I like tea.");
        await using var server = await McpServer.StartAsync(fixture.Mem0Url, user);

        var listed = await server.CallAsync("list_memories", new());

        var text = Text(listed);
        text.Should().NotContain("\\u002B");
        JsonNode.Parse(text)!.AsArray().Single()!["created_at"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$");
    }

    [Fact]
    public async Task Not_found_and_another_users_memory_give_the_same_answer_and_the_memory_survives()
    {
        var otherUsersId = await fixture.AddVerbatimAsync(CliFixture.NewUser(), "Private note.");
        await using var server = await McpServer.StartAsync(fixture.Mem0Url, CliFixture.NewUser());

        var missing = await server.CallAsync("get_memory", new() { ["id"] = Guid.NewGuid().ToString() });
        var foreign = await server.CallAsync("get_memory", new() { ["id"] = otherUsersId });
        var deleted = await server.CallAsync("delete_memory", new() { ["id"] = otherUsersId });

        foreach (var result in new[] { missing, foreign, deleted })
        {
            result.IsError.Should().BeTrue();
            Text(result).Should().Be(NotFound);
        }
        (await fixture.Mem0Async("get", otherUsersId)).ExitCode.Should().Be(0, "another user's memory must survive");
    }

    [Fact]
    public async Task Delete_finds_the_memory_by_id_without_listing_the_scope()
    {
        var user = CliFixture.NewUser();
        var id = await fixture.AddVerbatimAsync(user, "Forget me.");
        await using var server = await McpServer.StartAsync(fixture.Mem0Url, user);
        var before = fixture.Emulator.RequestLog.Entries.Count;

        var deleted = await server.CallAsync("delete_memory", new() { ["id"] = id });

        deleted.IsError.Should().NotBe(true, Text(deleted));
        JsonNode.Parse(Text(deleted))!["deleted"]!.GetValue<string>().Should().Be(id);
        var requests = fixture.Emulator.RequestLog.Entries.Skip(before).Select(e => $"{e.Method} {e.Path}").ToList();
        requests.Should().Equal($"GET /mem0/v1/memories/{id}/", $"DELETE /mem0/v1/memories/{id}/");
    }

    [Fact]
    public async Task On_MemMachine_get_and_delete_find_the_memory_with_a_uid_filter_inside_the_scope()
    {
        var user = CliFixture.NewUser();
        string[] selfHosted = ["--provider", "memmachine", "--deployment", "self-hosted"];
        string[] memMachine = [.. selfHosted, "--base-url", fixture.MemMachineUrl];
        async Task<string> AddAsync(string owner, string text)
        {
            var add = await CliRunner.RunAsync([.. memMachine, "add", "--user", owner, "--json", text]);
            add.ExitCode.Should().Be(0, add.ToString());
            return JsonNode.Parse(add.Lines.Single())!["ids"]![0]!.GetValue<string>();
        }
        var own = await AddAsync(user, "I drink green tea.");
        var foreign = await AddAsync(CliFixture.NewUser(), "Someone else's tea.");
        await using var server = await McpServer.StartAsync(fixture.MemMachineUrl, user, selfHosted);
        var before = fixture.Emulator.RequestLog.Entries.Count;

        var refused = await server.CallAsync("delete_memory", new() { ["id"] = foreign });
        var deleted = await server.CallAsync("delete_memory", new() { ["id"] = own });

        Text(refused).Should().Be(NotFound);
        deleted.IsError.Should().NotBe(true, Text(deleted));
        var lists = fixture.Emulator.RequestLog.Entries.Skip(before).Where(e => e.Path.EndsWith("/memories/list", StringComparison.Ordinal)).ToList();
        lists.Should().HaveCount(2).And.OnlyContain(e => e.Body.Contains("uid", StringComparison.Ordinal), "each lookup is one request filtered by uid, not a walk of the scope");
        (await CliRunner.RunAsync([.. memMachine, "list", "--user", user, "--json"])).Lines.Should().BeEmpty();
    }

    [Theory]
    [InlineData("get_memory", "{}", "'id'")]
    [InlineData("get_memory", """{"id":"  "}""", "The 'id' argument must not be empty")]
    [InlineData("list_memories", """{"limit":500}""", "The 'limit' argument must be from 1 to 200")]
    [InlineData("search_memories", """{"query":"tea","limit":0}""", "The 'limit' argument must be from 1 to 100")]
    [InlineData("add_memory", """{"text":""}""", "The 'text' argument must not be empty")]
    public async Task A_bad_argument_says_what_was_wrong(string tool, string arguments, string message)
    {
        await using var server = await McpServer.StartAsync(fixture.Mem0Url, CliFixture.NewUser());

        var result = await server.CallAsync(tool, JsonNode.Parse(arguments)!.AsObject().ToDictionary(p => p.Key, p => (object?)p.Value));

        result.IsError.Should().BeTrue();
        Text(result).Should().StartWith("Invalid argument: ").And.Contain(message);
    }

    [Fact]
    public async Task A_huge_id_is_refused_before_any_request_with_one_short_warning_line()
    {
        await using var server = await McpServer.StartAsync(fixture.Mem0Url, CliFixture.NewUser());
        var before = fixture.Emulator.RequestLog.Entries.Count;

        var result = await server.CallAsync("get_memory", new() { ["id"] = new string('x', 20 * 1024 * 1024) });

        result.IsError.Should().BeTrue();
        Text(result).Should().Be("Invalid argument: The 'id' argument is 20,971,520 characters long; ids are at most 1,024 characters.");
        fixture.Emulator.RequestLog.Entries.Count.Should().Be(before, "nothing is sent");
        var stderr = await server.StandardErrorAsync(line => line.Contains("get_memory", StringComparison.Ordinal));
        stderr.Should().ContainSingle().Which.Length.Should().BeLessThan(500);
        stderr.Should().NotContain(line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal), "no stack traces by default");
    }

    [Fact]
    public async Task A_service_failure_gives_the_status_and_says_to_try_later()
    {
        var rule = new FaultRule("POST", "/mem0/v3/memories/search/", "status=503");
        fixture.Emulator.Faults.Add(rule);
        try
        {
            await using var server = await McpServer.StartAsync(fixture.Mem0Url, CliFixture.NewUser());

            var result = await server.CallAsync("search_memories", new() { ["query"] = "tea" });

            result.IsError.Should().BeTrue();
            Text(result).Should().Contain("503").And.Contain("Try again later");
        }
        finally
        {
            fixture.Emulator.Faults.Clear();
        }
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused()
    {
        var user = CliFixture.NewUser();
        using var process = Process.Start(McpServer.StartInfo(fixture.Mem0Url, user))!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        try
        {
            var call = new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["id"] = 1,
                ["method"] = "tools/call",
                ["params"] = new JsonObject { ["name"] = "add_memory", ["arguments"] = new JsonObject { ["text"] = "Sneaked in." } },
            };
            await process.StandardInput.WriteLineAsync(call.ToJsonString());
            await process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var reply = JsonNode.Parse((await process.StandardOutput.ReadLineAsync(timeout.Token))!)!;

            reply["error"]!["message"]!.GetValue<string>().Should().Contain("initialize", reply.ToJsonString());
            reply["result"].Should().BeNull();
            (await fixture.Mem0Async("list", "--user", user, "--json")).Lines.Should().BeEmpty("nothing was stored");
        }
        finally
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(20))) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>A running <c>memory mcp</c> process with a connected MCP client and its standard error lines.</summary>
    private sealed class McpServer : IAsyncDisposable
    {
        private readonly ConcurrentQueue<string> _stderr;

        private McpServer(McpClient client, ConcurrentQueue<string> stderr)
        {
            Client = client;
            _stderr = stderr;
        }

        public McpClient Client { get; }

        public static ProcessStartInfo StartInfo(string baseUrl, string user)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in Arguments(baseUrl, user)) start.ArgumentList.Add(arg);
            start.Environment["MEM0_API_KEY"] = CliFixture.Key;
            return start;
        }

        private static string[] Arguments(string baseUrl, string user, string[]? target = null) =>
            [Path.Combine(AppContext.BaseDirectory, "memory.dll"), "mcp", "--user", user, "--base-url", baseUrl, .. target ?? []];

        public static async Task<McpServer> StartAsync(string baseUrl, string user, string[]? target = null)
        {
            var stderr = new ConcurrentQueue<string>();
            var arguments = Arguments(baseUrl, user, target);
            var transport = new StdioClientTransport(new StdioClientTransportOptions
            {
                Command = "dotnet",
                Arguments = arguments,
                EnvironmentVariables = new Dictionary<string, string?> { ["MEM0_API_KEY"] = CliFixture.Key },
                StandardErrorLines = stderr.Enqueue,
                Name = "memory",
            });
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            return new McpServer(await McpClient.CreateAsync(transport, cancellationToken: timeout.Token), stderr);
        }

        public async Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?> arguments)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            return await Client.CallToolAsync(tool, arguments, cancellationToken: timeout.Token);
        }

        /// <summary>Every standard error line so far, once one matching <paramref name="expected"/> has arrived (stderr is read asynchronously).</summary>
        public async Task<IReadOnlyList<string>> StandardErrorAsync(Func<string, bool> expected)
        {
            for (var i = 0; i < 200 && !_stderr.Any(expected); i++) await Task.Delay(25);
            return [.. _stderr];
        }

        public async ValueTask DisposeAsync() => await Client.DisposeAsync();
    }
}
