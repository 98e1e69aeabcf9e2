using System.Net;
using MemoryClients.Errors;
using MemoryClients.Mem0;
using MemoryClients.MemMachine;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Http;

/// <summary>A call's own timeout, retry count and headers (<see cref="MemoryCallOptions"/>) replace the client's for that call only.</summary>
public sealed class PerCallOptionsTests : IDisposable
{
    private const string SearchBody = """{"results":[]}""";
    private static readonly MemoryScope Alice = MemoryScope.ForUser("alice");

    private readonly FakeTimeProvider _time = new();
    private readonly ScriptedHandler _handler;

    public PerCallOptionsTests() => _handler = new ScriptedHandler(_time);

    public void Dispose() => _handler.Dispose();

    private Mem0Client Mem0(int maxRetries) => new(new HttpClient(_handler), new Mem0ClientOptions
    {
        ApiKey = "k",
        BaseAddress = new Uri("https://api.mem0.test/"),
        TimeProvider = _time,
        Resilience = new MemoryResilienceOptions { MaxRetries = maxRetries, TotalTimeout = TimeSpan.FromMinutes(3), AttemptTimeout = TimeSpan.FromSeconds(60) },
    });

    private void AlwaysUnavailable() => _handler.Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

    [Fact]
    public async Task A_per_call_retry_count_replaces_the_clients_for_that_call_only()
    {
        AlwaysUnavailable();
        using var client = Mem0(maxRetries: 3);

        var once = () => _time.DriveAsync(client.SearchAsync("tea", Alice, new Mem0SearchOptions { MaxRetries = 0 }));
        await once.Should().ThrowAsync<MemoryServerException>();
        _handler.Requests.Should().ContainSingle("the call asked for no retry");

        var withClientDefault = () => _time.DriveAsync(client.SearchAsync("tea", Alice));
        await withClientDefault.Should().ThrowAsync<MemoryServerException>();
        _handler.Requests.Should().HaveCount(1 + 4, "the next call is back to the client's three retries");
    }

    [Fact]
    public async Task A_per_call_retry_count_can_be_higher_than_the_clients()
    {
        AlwaysUnavailable();
        using var client = Mem0(maxRetries: 0);

        var act = () => _time.DriveAsync(client.SearchAsync("tea", Alice, new Mem0SearchOptions { MaxRetries = 2 }));

        await act.Should().ThrowAsync<MemoryServerException>();
        _handler.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_per_call_timeout_replaces_the_clients_total_timeout()
    {
        _handler.Hang();
        using var client = Mem0(maxRetries: 0);

        var call = client.SearchAsync("tea", Alice, new Mem0SearchOptions { Timeout = TimeSpan.FromSeconds(2) });
        await _handler.WaitForRequestsAsync(1);
        var act = () => _time.DriveAsync(call);

        (await act.Should().ThrowAsync<MemoryNetworkException>()).Which.IsTimeout.Should().BeTrue();
        _time.GetUtcNow().Should().Be(_handler.Requests.Single().At + TimeSpan.FromSeconds(2), "the client's own limits are 60 s per try and 3 min in all");
    }

    [Fact]
    public async Task Per_call_headers_are_sent_on_every_try_and_only_on_that_call()
    {
        _handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, SearchBody).Respond(HttpStatusCode.OK, SearchBody);
        using var client = Mem0(maxRetries: 1);
        var headers = new Dictionary<string, string> { ["X-Correlation-Id"] = "req-42" };

        await _time.DriveAsync(client.SearchAsync("tea", Alice, new Mem0SearchOptions { Headers = headers }));
        await client.SearchAsync("tea", Alice);

        _handler.Requests.Select(r => r.Headers.GetValueOrDefault("X-Correlation-Id")).Should().Equal("req-42", "req-42", null);
        _handler.Requests.Should().OnlyContain(r => r.Authorization == "Token k");
    }

    [Fact]
    public async Task Per_call_settings_are_not_part_of_the_body()
    {
        _handler.Respond(HttpStatusCode.OK, SearchBody);
        using var client = Mem0(maxRetries: 0);

        await client.SearchAsync("tea", Alice, new Mem0SearchOptions
        {
            TopK = 2,
            Timeout = TimeSpan.FromSeconds(5),
            MaxRetries = 1,
            Headers = new Dictionary<string, string> { ["X-Trace"] = "t" },
        });

        _handler.Requests.Single().Body.Should().Be("""{"query":"tea","filters":{"user_id":"alice"},"top_k":2}""");
    }

    public static TheoryData<string, Mem0SearchOptions> BadSettings() => new()
    {
        { "options.Timeout", new Mem0SearchOptions { Timeout = TimeSpan.FromMilliseconds(1) } },
        { "options.Timeout", new Mem0SearchOptions { Timeout = TimeSpan.FromDays(2) } },
        { "options.MaxRetries", new Mem0SearchOptions { MaxRetries = -1 } },
        { "options.MaxRetries", new Mem0SearchOptions { MaxRetries = 11 } },
        { "options.Headers", new Mem0SearchOptions { Headers = new Dictionary<string, string> { ["Authorization"] = "Token other" } } },
        { "options.Headers", new Mem0SearchOptions { Headers = new Dictionary<string, string> { ["content-type"] = "text/plain" } } },
        { "options.Headers", new Mem0SearchOptions { Headers = new Dictionary<string, string> { ["Bad Name"] = "x" } } },
        { "options.Headers", new Mem0SearchOptions { Headers = new Dictionary<string, string> { ["X-Ok"] = "line\r\nInjected: yes" } } },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Bad_per_call_settings_are_refused_before_any_request(string paramName, Mem0SearchOptions options)
    {
        using var client = Mem0(maxRetries: 0);

        var act = () => client.SearchAsync("tea", Alice, options);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(paramName);
        _handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task MemMachine_calls_take_the_same_settings()
    {
        _handler.Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        using var client = new MemMachineClient(new HttpClient(_handler), new MemMachineClientOptions
        {
            ApiKey = "k",
            BaseAddress = new Uri("https://memmachine.test/v2/"),
            ProjectId = "support",
            TimeProvider = _time,
            Resilience = new MemoryResilienceOptions { MaxRetries = 3 },
        });
        var options = new MemMachineSearchOptions { MaxRetries = 0, Headers = new Dictionary<string, string> { ["X-Tenant"] = "blue" } };

        var act = () => _time.DriveAsync(client.SearchAsync("tea", options: options));

        await act.Should().ThrowAsync<MemoryServerException>();
        _handler.Requests.Should().ContainSingle().Which.Headers["X-Tenant"].Should().Be("blue");
    }

    [Fact]
    public async Task The_unified_clients_pass_the_settings_to_the_provider()
    {
        AlwaysUnavailable();
        var options = new MemoryClientOptions
        {
            Provider = MemoryProvider.Mem0,
            ApiKey = "k",
            BaseAddress = new Uri("https://api.mem0.test/"),
            Resilience = new MemoryResilienceOptions { MaxRetries = 3 },
        };
        var call = new MemorySearchOptions { TopK = 1, MaxRetries = 0, Headers = new Dictionary<string, string> { ["X-Trace"] = "u" } };
        using var asyncClient = new AsyncMemoryClient(new HttpClient(_handler, disposeHandler: false), options);
        using var syncClient = new MemoryClient(new HttpClient(_handler, disposeHandler: false), options);

        var async = () => asyncClient.SearchAsync("tea", Alice, call);
        await async.Should().ThrowAsync<MemoryServerException>();
        var sync = () => syncClient.Search("tea", Alice, call);
        sync.Should().Throw<MemoryServerException>();

        _handler.Requests.Should().HaveCount(2, "each call asked for no retry although the client allows three");
        _handler.Requests.Should().OnlyContain(r => r.Headers["X-Trace"] == "u");
    }

    [Fact]
    public void Printing_options_shows_header_names_but_never_their_values()
    {
        var options = new Mem0AddOptions { Infer = false, Headers = new Dictionary<string, string> { ["X-Api-Secret"] = "s3cr3t" } };

        options.ToString().Should().Contain("X-Api-Secret").And.Contain("Infer = False").And.NotContain("s3cr3t");
    }
}
