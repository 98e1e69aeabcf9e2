using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;
using Xunit.Abstractions;

namespace MemoryClients.Tests.Reliability;

/// <summary>
/// Bad input across the public API, table-driven: every case must fail with an <see cref="ArgumentException"/> (or a subtype)
/// that names the parameter or setting, before any byte reaches the server.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper output)
{
    private static readonly string[] BadIds = ["", " ", ".", "..", "a\nb", "a\u0000b", "a\u007Fb", "\uD800x"];
    private static readonly MemoryScope Scope = MemoryScope.ForUser("alice");
    private static readonly MemoryMessage[] Messages = [MemoryMessage.User("I like tea")];

    /// <summary>One bad input: what it is, what it calls (given the asynchronous and synchronous clients over the server), and the parameter it must name.</summary>
    public sealed record BadInput(string Name, string Parameter, Func<AsyncMemoryClient, MemoryClient, Task> Call, Action<MemoryClientOptions>? Configure = null);

    public static List<BadInput> Cases()
    {
        var cases = new List<BadInput>();
        foreach (var id in BadIds)
        {
            var shown = Escape(id);
            cases.Add(new($"GetAsync('{shown}')", "memoryId", (a, _) => a.GetAsync(id)));
            cases.Add(new($"UpdateAsync('{shown}')", "memoryId", (a, _) => a.UpdateAsync(id, new MemoryUpdateOptions { Text = "x" })));
            cases.Add(new($"DeleteAsync('{shown}')", "memoryId", (a, _) => a.DeleteAsync(id)));
            cases.Add(new($"Get('{shown}')", "memoryId", (_, s) => Task.FromResult(s.Get(id))));
            cases.Add(new($"Update('{shown}')", "memoryId", (_, s) => Task.FromResult(s.Update(id, new MemoryUpdateOptions { Text = "x" }))));
            cases.Add(new($"Delete('{shown}')", "memoryId", (_, s) => Sync(() => s.Delete(id))));
            cases.Add(new($"Mem0.GetAsync('{shown}')", "memoryId", (a, _) => a.Mem0!.GetAsync(id)));
            cases.Add(new($"Mem0.DeleteAsync('{shown}')", "memoryId", (a, _) => a.Mem0!.DeleteAsync(id)));
            cases.Add(new($"Mem0.HistoryAsync('{shown}')", "memoryId", (a, _) => a.Mem0!.HistoryAsync(id)));
        }
        foreach (var blank in new[] { "", " ", "\t" })
        {
            cases.Add(new($"ForUser('{Escape(blank)}')", "userId", (_, _) => Task.FromResult(MemoryScope.ForUser(blank))));
            cases.Add(new($"ForAgent('{Escape(blank)}')", "agentId", (_, _) => Task.FromResult(MemoryScope.ForAgent(blank))));
            cases.Add(new($"ForApp('{Escape(blank)}')", "appId", (_, _) => Task.FromResult(MemoryScope.ForApp(blank))));
            cases.Add(new($"ForRun('{Escape(blank)}')", "runId", (_, _) => Task.FromResult(MemoryScope.ForRun(blank))));
            cases.Add(new($"AndAgent('{Escape(blank)}')", "agentId", (_, _) => Task.FromResult(Scope.AndAgent(blank))));
        }
        foreach (var query in new[] { null, "", " " })
        {
            cases.Add(new($"SearchAsync(query '{Escape(query)}')", "query", (a, _) => a.SearchAsync(query!, Scope)));
            cases.Add(new($"Search(query '{Escape(query)}')", "query", (_, s) => Task.FromResult(s.Search(query!, Scope))));
        }
        var empty = new MemoryScope();
        cases.Add(new("AddAsync(empty scope)", "scope", (a, _) => a.AddAsync(Messages, empty)));
        cases.Add(new("SearchAsync(empty scope)", "scope", (a, _) => a.SearchAsync("tea", empty)));
        cases.Add(new("ListAsync(empty scope)", "scope", (a, _) => Task.FromResult(a.ListAsync(empty))));
        cases.Add(new("Add(empty scope)", "scope", (_, s) => Task.FromResult(s.Add(Messages, empty))));
        cases.Add(new("Search(empty scope)", "scope", (_, s) => Task.FromResult(s.Search("tea", empty))));
        cases.Add(new("List(empty scope)", "scope", (_, s) => Task.FromResult(s.List(empty))));
        cases.Add(new("DeleteAllAsync(empty scope)", "scope", (a, _) => a.DeleteAllAsync(empty)));
        cases.Add(new("DeleteAll(empty scope)", "scope", (_, s) => Sync(() => s.DeleteAll(empty))));
        var badMessages = new (string Name, IReadOnlyList<MemoryMessage>? Messages)[]
        {
            ("null", null),
            ("none", []),
            ("a null message", [null!]),
            ("empty content", [new MemoryMessage("user", "")]),
            ("blank role", [new MemoryMessage(" ", "hi")]),
        };
        foreach (var (name, messages) in badMessages)
        {
            cases.Add(new($"AddAsync(messages: {name})", "messages", (a, _) => a.AddAsync(messages!, Scope)));
            cases.Add(new($"Add(messages: {name})", "messages", (_, s) => Task.FromResult(s.Add(messages!, Scope))));
        }
        foreach (var (name, bad) in new[] { ("UserId", new MemoryScope { UserId = "" }), ("AgentId", new MemoryScope { AgentId = " " }), ("RunId", new MemoryScope { UserId = "u", RunId = "\t" }), ("surrogate", new MemoryScope { UserId = "\uDC00" }) })
        {
            cases.Add(new($"AddAsync(scope {name} blank)", "scope", (a, _) => a.AddAsync(Messages, bad)));
            cases.Add(new($"Search(scope {name} blank)", "scope", (_, s) => Task.FromResult(s.Search("tea", bad))));
        }
        cases.Add(new("AddAsync(content with an unpaired surrogate)", "messages", (a, _) => a.AddAsync([MemoryMessage.User("tea \uD800")], Scope)));
        cases.Add(new("Add(content with an unpaired surrogate)", "messages", (_, s) => Task.FromResult(s.Add([MemoryMessage.User("\uDC00 tea")], Scope))));
        cases.Add(new("SearchAsync(query with an unpaired surrogate)", "query", (a, _) => a.SearchAsync("tea \uD800", Scope)));
        cases.Add(new("Mem0.AddAsync(null content)", "messages", (a, _) => a.Mem0!.AddAsync([new MemoryClients.Mem0.Api.Mem0Message { Role = MemoryClients.Mem0.Api.Mem0MessageRole.User, Content = null! }], Scope)));
        cases.Add(new("Mem0.AddAsync(no role)", "messages", (a, _) => a.Mem0!.AddAsync([new MemoryClients.Mem0.Api.Mem0Message { Role = default, Content = "hi" }], Scope)));
        cases.Add(new("Mem0.AddAsync(agent_id smuggled)", "options.AdditionalProperties", (a, _) => a.Mem0!.AddAsync([MemoryClients.Mem0.Api.Mem0Message.User("hi")], Scope,
            new MemoryClients.Mem0.Mem0AddOptions { AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["agent_id"] = MemoryClients.Tests.Support.JsonElements.Of("other") } })));
        cases.Add(new("MemMachine.AddAsync(type 'Episodic')", "options.Types", (a, _) => MemMachine(a).AddAsync([new MemMachineMessage { Content = "hi" }], null,
            new MemMachineAddOptions { Types = [new MemMachineMemoryType("Episodic")] })));
        cases.Add(new("MemMachine.SearchAsync(type 'SEMANTIC')", "options.Types", (a, _) => MemMachine(a).SearchAsync("tea", null,
            new MemMachineSearchOptions { Types = [new MemMachineMemoryType("SEMANTIC")] })));
        cases.Add(new("MemMachine.AddAsync(type 'both')", "options.Types", (a, _) => MemMachine(a).AddAsync([new MemMachineMessage { Content = "hi" }], null,
            new MemMachineAddOptions { Types = [new MemMachineMemoryType("both")] })));
        cases.Add(new("MemMachine.SearchAsync(type 'procedural')", "options.Types", (a, _) => MemMachine(a).SearchAsync("tea", null,
            new MemMachineSearchOptions { Types = [new MemMachineMemoryType("procedural")] })));
        cases.Add(new("MemMachine.AddAsync(episode type 'chat')", "messages", (a, _) => MemMachine(a).AddAsync(
            [new MemMachineMessage { Content = "hi", EpisodeType = new MemMachineEpisodeType("chat") }])));
        cases.Add(new("MemMachine.AddAsync(episode type 'Message')", "messages", (a, _) => MemMachine(a).AddAsync(
            [new MemMachineMessage { Content = "hi", EpisodeType = new MemMachineEpisodeType("Message") }])));
        cases.Add(new("MemMachine.AddAsync(content with an unpaired surrogate)", "messages", (a, _) => MemMachine(a).AddAsync([new MemMachineMessage { Content = "\uD800" }])));
        cases.Add(new("ListAsync(page size 0)", "options.PageSize", (a, _) => Task.FromResult(a.ListAsync(Scope, new MemoryListOptions { PageSize = 0 }))));
        cases.Add(new("List(page size 0)", "options.PageSize", (_, s) => Task.FromResult(s.List(Scope, new MemoryListOptions { PageSize = 0 }))));

        // Settings, checked when a client is built.
        var settings = new (string Name, string Setting, Action<MemoryClientOptions> Configure)[]
        {
            ("MaxRetries -1", "MaxRetries", o => o.Resilience.MaxRetries = -1),
            ("MaxRetries 11", "MaxRetries", o => o.Resilience.MaxRetries = 11),
            ("BaseDelay negative", "BaseDelay", o => o.Resilience.BaseDelay = TimeSpan.FromSeconds(-1)),
            ("BaseDelay 25 h", "BaseDelay", o => { o.Resilience.BaseDelay = TimeSpan.FromHours(25); o.Resilience.MaxDelay = TimeSpan.FromHours(25); }),
            ("MaxDelay below BaseDelay", "MaxDelay", o => { o.Resilience.BaseDelay = TimeSpan.FromSeconds(1); o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(1); }),
            ("MaxDelay 25 h", "MaxDelay", o => o.Resilience.MaxDelay = TimeSpan.FromHours(25)),
            ("MaxRetryAfter negative", "MaxRetryAfter", o => o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(-1)),
            ("MaxRetryAfter 25 h", "MaxRetryAfter", o => o.Resilience.MaxRetryAfter = TimeSpan.FromHours(25)),
            ("AttemptTimeout 0", "AttemptTimeout", o => o.Resilience.AttemptTimeout = TimeSpan.Zero),
            ("AttemptTimeout 1 ms", "AttemptTimeout", o => o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(1)),
            ("AttemptTimeout negative", "AttemptTimeout", o => o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(-5)),
            ("TotalTimeout below AttemptTimeout", "TotalTimeout", o => o.Resilience.TotalTimeout = TimeSpan.FromSeconds(1)),
            ("TotalTimeout 25 h", "TotalTimeout", o => o.Resilience.TotalTimeout = TimeSpan.FromHours(25)),
            ("MaxResponseBytes 10", "MaxResponseBytes", o => o.Resilience.MaxResponseBytes = 10),
            ("MaxResponseBytes 2 GiB", "MaxResponseBytes", o => o.Resilience.MaxResponseBytes = 2L * 1024 * 1024 * 1024),
            ("Resilience null", "Resilience", o => o.Resilience = null!),
            ("ApplicationId with CR LF", "ApplicationId", o => o.ApplicationId = "app\r\nX-Evil: 1"),
            ("ApplicationId with NUL", "ApplicationId", o => o.ApplicationId = "app\0"),
            ("ApplicationId non-ASCII", "ApplicationId", o => o.ApplicationId = "appé"),
            ("ApiKey with CR LF", "ApiKey", o => o.ApiKey = "key\r\nX-Evil: 1"),
            ("ApiKey with NUL", "ApiKey", o => o.ApiKey = "key\0x"),
            ("ApiKey non-ASCII", "ApiKey", o => o.ApiKey = "ключ"),
            ("BaseAddress with a query", "BaseAddress", o => o.BaseAddress = new Uri(o.BaseAddress!, "?tenant=1")),
            ("BaseAddress with a fragment", "BaseAddress", o => o.BaseAddress = new Uri(o.BaseAddress!, "#x")),
            ("BaseAddress ftp", "BaseAddress", o => o.BaseAddress = new Uri("ftp://127.0.0.1/")),
            ("BaseAddress insecure remote", "BaseAddress", o => o.BaseAddress = new Uri("http://memory.example/")),
        };
        foreach (var (name, setting, configure) in settings)
        {
            cases.Add(new($"new AsyncMemoryClient({name})", setting, (_, _) => Task.FromResult(new AsyncMemoryClient(Configured(configure))), configure));
            cases.Add(new($"new MemoryClient({name})", setting, (_, _) => Task.FromResult(new MemoryClient(Configured(configure))), configure));
        }
        return cases;
    }

    private static MemoryClientOptions? _template;

    private static MemMachineClient? _memMachine;

    // The MemMachine client of the running test, over the same server.
    private static MemMachineClient MemMachine(AsyncMemoryClient _) => _memMachine!;

    private static MemoryClientOptions Configured(Action<MemoryClientOptions> configure)
    {
        var options = FaultMatrixTests.Options(MemoryProvider.Mem0, _template!.BaseAddress!.Port);
        configure(options);
        return options;
    }

    private static Task Sync(Action call)
    {
        call();
        return Task.CompletedTask;
    }

    private static string Escape(string? value) => value is null ? "null" : string.Concat(value.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));

    [Fact]
    public async Task Every_bad_input_is_refused_naming_its_parameter_before_any_request()
    {
        await using var server = new FaultServer(new FaultCase(Fault.Ok));
        _template = FaultMatrixTests.Options(MemoryProvider.Mem0, server.Port);
        using var asyncClient = new AsyncMemoryClient(_template);
        using var syncClient = new MemoryClient(_template);
        using var memMachine = new MemMachineClient(new MemMachineClientOptions
        {
            ApiKey = "bad-input-key",
            BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/v2/"),
            ProjectId = "support",
        });
        _memMachine = memMachine;
        var cases = Cases();
        var problems = new List<string>();
        var refused = 0;
        foreach (var @case in cases)
        {
            try
            {
                await @case.Call(asyncClient, syncClient);
                problems.Add($"{@case.Name}: no exception");
            }
            catch (ArgumentException error) when (error.ParamName == @case.Parameter || (error.ParamName == "options" && error.Message.Contains(@case.Parameter, StringComparison.Ordinal)))
            {
                refused++;
            }
            catch (Exception error)
            {
                problems.Add($"{@case.Name}: {error.GetType().Name} (parameter '{(error as ArgumentException)?.ParamName}'): {error.Message}");
            }
        }
        output.WriteLine($"bad inputs: {cases.Count} tried, {refused} refused before I/O, {server.Connections} connections, {server.Requests.Count} requests sent");
        cases.Count.Should().BeGreaterThanOrEqualTo(150);
        problems.Should().BeEmpty();
        server.Connections.Should().Be(0, "no bad input may reach the network");
    }
}
