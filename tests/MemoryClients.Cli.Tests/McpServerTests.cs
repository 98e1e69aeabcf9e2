using System.Diagnostics;
using System.Text.Json.Nodes;

namespace MemoryClients.Cli.Tests;

/// <summary>Starts <c>memory mcp</c> as a child process against the emulator and speaks JSON-RPC to it over stdio.</summary>
public sealed class McpServerTests(CliFixture fixture) : IClassFixture<CliFixture>
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Initialize_list_tools_add_and_search_over_stdio()
    {
        var user = CliFixture.NewUser();
        await using var server = McpProcess.Start(fixture.Mem0Url, user);

        var init = await server.RequestAsync("initialize", new JsonObject
        {
            ["protocolVersion"] = "2025-06-18",
            ["capabilities"] = new JsonObject(),
            ["clientInfo"] = new JsonObject { ["name"] = "memory-tests", ["version"] = "1.0" },
        });
        init["serverInfo"]!["name"]!.GetValue<string>().Should().Be("memory");
        init["capabilities"]!["tools"].Should().NotBeNull();
        await server.NotifyAsync("notifications/initialized");

        var tools = (await server.RequestAsync("tools/list", new JsonObject()))["tools"]!.AsArray().Select(t => t!.AsObject()).ToList();
        tools.Select(t => t["name"]!.GetValue<string>()).Should().BeEquivalentTo("search", "add", "list", "get", "delete");
        tools.Should().OnlyContain(t => !string.IsNullOrWhiteSpace(t["description"]!.GetValue<string>()));
        var search = tools.Single(t => t["name"]!.GetValue<string>() == "search");
        search["inputSchema"]!["properties"]!["query"]!["type"]!.GetValue<string>().Should().Be("string");
        search["inputSchema"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("query");
        search["annotations"]!["readOnlyHint"]!.GetValue<bool>().Should().BeTrue();
        var delete = tools.Single(t => t["name"]!.GetValue<string>() == "delete");
        delete["annotations"]!["destructiveHint"]!.GetValue<bool>().Should().BeTrue();
        delete["annotations"]!["readOnlyHint"]!.GetValue<bool>().Should().BeFalse();
        tools.Single(t => t["name"]!.GetValue<string>() == "add")["annotations"]!["destructiveHint"]!.GetValue<bool>().Should().BeFalse();

        var added = await server.RequestAsync("tools/call", new JsonObject
        {
            ["name"] = "add",
            ["arguments"] = new JsonObject { ["text"] = "I am allergic to peanuts." },
        });
        added["isError"]?.GetValue<bool>().Should().NotBe(true, added.ToJsonString());
        // Mem0 extracts memories in the background: the add reports the event it queued.
        var addResult = JsonNode.Parse(Text(added))!;
        addResult["pending"]!.GetValue<bool>().Should().BeTrue();
        addResult["event_id"]!.GetValue<string>().Should().NotBeNullOrEmpty();

        var found = await server.RequestAsync("tools/call", new JsonObject
        {
            ["name"] = "search",
            ["arguments"] = new JsonObject { ["query"] = "peanuts allergy", ["limit"] = 3 },
        });
        found["isError"]?.GetValue<bool>().Should().NotBe(true, found.ToJsonString());
        var hits = JsonNode.Parse(Text(found))!.AsArray();
        hits.Should().ContainSingle();
        hits[0]!["text"]!.GetValue<string>().Should().Be("I am allergic to peanuts.");
        hits[0]!["user_id"]!.GetValue<string>().Should().Be(user, "the tools act for the user given on the command line");
    }

    [Fact]
    public async Task Get_and_delete_refuse_memories_of_other_users()
    {
        var owner = CliFixture.NewUser();
        var add = await fixture.Mem0Async("add", "--user", owner, "--no-infer", "--json", "Private note.");
        var id = JsonNode.Parse(add.Lines.Single())!["ids"]![0]!.GetValue<string>();
        await using var server = McpProcess.Start(fixture.Mem0Url, CliFixture.NewUser());
        await server.InitializeAsync();

        var deleted = await server.RequestAsync("tools/call", new JsonObject { ["name"] = "delete", ["arguments"] = new JsonObject { ["id"] = id } });

        deleted["isError"]!.GetValue<bool>().Should().BeTrue();
        (await fixture.Mem0Async("get", id)).ExitCode.Should().Be(0, "another user's memory must survive");
    }

    private static string Text(JsonObject result) =>
        result["content"]!.AsArray().Single(c => c!["type"]!.GetValue<string>() == "text")!["text"]!.GetValue<string>();

    /// <summary>A running <c>memory mcp</c> process with line-delimited JSON-RPC over its standard streams.</summary>
    private sealed class McpProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private int _nextId;

        private McpProcess(Process process) => _process = process;

        public static McpProcess Start(string baseUrl, string user)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "memory.dll"), "mcp", "--user", user, "--base-url", baseUrl })
                start.ArgumentList.Add(arg);
            start.Environment["MEM0_API_KEY"] = CliFixture.Key;
            var process = Process.Start(start)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            return new McpProcess(process);
        }

        public async Task InitializeAsync()
        {
            await RequestAsync("initialize", new JsonObject
            {
                ["protocolVersion"] = "2025-06-18",
                ["capabilities"] = new JsonObject(),
                ["clientInfo"] = new JsonObject { ["name"] = "memory-tests", ["version"] = "1.0" },
            });
            await NotifyAsync("notifications/initialized");
        }

        public async Task NotifyAsync(string method)
        {
            await _process.StandardInput.WriteLineAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method }.ToJsonString());
            await _process.StandardInput.FlushAsync();
        }

        /// <summary>Sends a request and returns its result, skipping notifications; fails on an error reply.</summary>
        public async Task<JsonObject> RequestAsync(string method, JsonObject parameters)
        {
            var id = ++_nextId;
            await _process.StandardInput.WriteLineAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString());
            await _process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(ReplyTimeout);
            while (true)
            {
                var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"memory mcp closed its output (exit code {(_process.HasExited ? _process.ExitCode : -1)}).");
                var message = JsonNode.Parse(line)!.AsObject();
                if (message["id"] is null) continue;
                message["id"]!.GetValue<int>().Should().Be(id);
                if (message["error"] is { } error) throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
                return message["result"]!.AsObject();
            }
        }

        public async ValueTask DisposeAsync()
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
            _process.Dispose();
        }
    }
}
