using System.Diagnostics;
using System.Net;
using MemoryClients.Errors;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>
/// The SDK's retries, timeouts and error mapping against faults injected by the emulator (rules and the
/// X-Emulator-Fault header). Retry delays are 1–5 ms and Retry-After is capped at 20 ms, so nothing waits for real.
/// </summary>
public sealed class FaultInjectionEndToEndTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>, IDisposable
{
    private const string AddPath = "/mem0/v3/memories/add/";
    private const string SearchPath = "/mem0/v3/memories/search/";
    private const string ListPath = "/mem0/v3/memories/";
    private const string MemMachineAddPath = "/memmachine/v2/memories";
    private const string MemMachineSearchPath = "/memmachine/v2/memories/search";
    private const string MemMachineListPath = "/memmachine/v2/memories/list";

    private MemoryEmulator Emulator => fixture.Emulator;

    private Mem0Client Mem0 => fixture.Mem0;

    private MemMachineClient MemMachine => fixture.MemMachine;

    public void Dispose() => Emulator.Faults.Clear();

    private async Task<(MemoryScope Scope, string Id)> SeedAsync(string text = "I enjoy sailing on weekends.")
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("fault"));
        var added = await Mem0.AddAsync([Mem0Message.User(text)], scope, new Mem0AddOptions { Infer = false });
        return (scope, added.Results![0].Id!);
    }

    private static Task<Mem0AddMemoriesResponse> AddAsync(Mem0Client client, MemoryScope scope, string text) =>
        client.AddAsync([Mem0Message.User(text)], scope, new Mem0AddOptions { Infer = false });

    private IReadOnlyList<Logging.RequestLogEntry> Log(string method, string path) =>
        [.. Emulator.RequestLog.Entries.Where(e => e.Method == method && e.Path == path)];

    [Fact]
    public void The_clients_cap_Retry_After_at_20_ms()
    {
        var options = EndToEndFixture.FastRetries();

        options.MaxRetryAfter.Should().Be(TimeSpan.FromMilliseconds(20));
        options.MaxDelay.Should().BeLessThanOrEqualTo(TimeSpan.FromMilliseconds(5));
        options.BaseDelay.Should().BeLessThanOrEqualTo(options.MaxDelay);
    }

    [Fact]
    public async Task A_429_with_Retry_After_in_seconds_is_retried_with_the_wait_capped()
    {
        var (scope, id) = await SeedAsync();
        // Within the call's 20 s deadline, so it is waited for (cut to 20 ms); one past the deadline would end the call at once.
        Emulator.Faults.Add("POST", SearchPath, "status=429; retry-after=5; times=2");
        Emulator.RequestLog.Clear();
        var clock = Stopwatch.StartNew();

        var results = await Mem0.SearchAsync("sailing", scope);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "a 5 s Retry-After is cut to MaxRetryAfter (20 ms)");
        results.Select(r => r.Id).Should().Equal(id);
        Log("POST", SearchPath).Select(e => e.StatusCode).Should().Equal(429, 429, 200);
    }

    [Fact]
    public async Task A_429_with_Retry_After_as_a_date_is_retried_and_succeeds()
    {
        var (scope, id) = await SeedAsync();
        Emulator.Faults.Add("GET", $"/mem0/v1/memories/{id}/", "status=429; retry-after-date=5; times=1");
        Emulator.RequestLog.Clear();
        var clock = Stopwatch.StartNew();

        var memory = await Mem0.GetAsync(id);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        memory.UserId.Should().Be(scope.UserId);
        Log("GET", $"/mem0/v1/memories/{id}/").Select(e => e.StatusCode).Should().Equal(429, 200);
    }

    [Fact]
    public async Task A_429_that_never_ends_surfaces_as_a_rate_limit_exception_with_the_servers_Retry_After()
    {
        var client = fixture.CreateMem0(EndToEndFixture.FastRetries(maxRetries: 2));
        Emulator.Faults.Add("GET", "/mem0/v1/ping/", "status=429; retry-after=7");
        Emulator.RequestLog.Clear();

        var act = () => client.PingAsync();

        var error = (await act.Should().ThrowAsync<MemoryRateLimitException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        error.ServiceMessage.Should().Contain("throttled");
        Log("GET", "/mem0/v1/ping/").Should().HaveCount(3);
    }

    [Fact]
    public async Task A_429_on_add_is_retried_because_the_service_did_nothing()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("add429"));
        var client = fixture.CreateMem0(faultHeader: "status=429; retry-after=1; times=1");
        Emulator.RequestLog.Clear();

        await AddAsync(client, scope, "Rate limited once.");

        Log("POST", AddPath).Select(e => e.StatusCode).Should().Equal(429, 200);
        (await Mem0.ListAsync(scope).CollectAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task A_503_then_success_for_a_read_via_the_fault_header()
    {
        var (scope, id) = await SeedAsync();
        var client = fixture.CreateMem0(faultHeader: "status=503; times=2");
        Emulator.RequestLog.Clear();

        var memories = await client.ListAsync(scope).CollectAsync();

        memories.Select(m => m.Id).Should().Equal(id);
        var entries = Log("POST", ListPath);
        entries.Select(e => e.StatusCode).Should().Equal(503, 503, 200);
        entries.Take(2).Should().OnlyContain(e => e.Fault == "status=503; times=2");
    }

    [Fact]
    public async Task A_503_on_add_is_retried_and_stores_the_memory_once()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("add503"));
        Emulator.Faults.Add("POST", AddPath, "status=503; times=1");
        Emulator.RequestLog.Clear();

        var added = await AddAsync(Mem0, scope, "Survives a 503.");

        added.Results.Should().ContainSingle();
        Log("POST", AddPath).Select(e => e.StatusCode).Should().Equal(503, 200);
        (await Mem0.ListAsync(scope).CollectAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task A_500_on_add_is_not_retried()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("add500"));
        Emulator.Faults.Add("POST", AddPath, "status=500; times=1");
        Emulator.RequestLog.Clear();

        var act = () => AddAsync(Mem0, scope, "Never stored.");

        var error = (await act.Should().ThrowAsync<MemoryServerException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        error.ServiceMessage.Should().Be("Internal server error");
        Log("POST", AddPath).Should().ContainSingle().Which.StatusCode.Should().Be(500);
        (await Mem0.ListAsync(scope).CollectAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_500_on_a_read_is_retried()
    {
        var (_, id) = await SeedAsync();
        Emulator.Faults.Add("GET", $"/mem0/v1/memories/{id}/history/", "status=500; times=1");
        Emulator.RequestLog.Clear();

        var history = await Mem0.HistoryAsync(id);

        history.Should().ContainSingle();
        Log("GET", $"/mem0/v1/memories/{id}/history/").Select(e => e.StatusCode).Should().Equal(500, 200);
    }

    [Fact]
    public async Task A_connection_reset_before_the_response_is_retried_for_a_read()
    {
        var (scope, id) = await SeedAsync("Resets are transient.");
        Emulator.Faults.Add("POST", SearchPath, "abort=before-response; times=1");
        Emulator.RequestLog.Clear();

        var results = await Mem0.SearchAsync("resets", scope);

        results.Select(r => r.Id).Should().Equal(id);
        Log("POST", SearchPath).Select(e => e.StatusCode).Should().Equal(0, 200);
    }

    [Fact]
    public async Task A_connection_reset_before_the_response_on_add_is_not_retried_and_nothing_is_stored()
    {
        // The emulator reset the connection without processing, but the client cannot know that: the request was sent.
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("abort-add"));
        Emulator.Faults.Add("POST", AddPath, "abort=before-response; times=1");
        Emulator.RequestLog.Clear();

        var act = () => AddAsync(Mem0, scope, "Lost in transit.");

        var error = (await act.Should().ThrowAsync<MemoryNetworkException>()).Which;
        error.ErrorCode.Should().Be("NET_GENERIC");
        Log("POST", AddPath).Should().ContainSingle().Which.StatusCode.Should().Be(0);
        (await Mem0.ListAsync(scope).CollectAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_connection_reset_after_processing_an_add_is_not_retried_so_the_memory_is_stored_once()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("after-add"));
        Emulator.Faults.Add("POST", AddPath, "abort=after-processing; times=1");
        Emulator.RequestLog.Clear();

        var act = () => AddAsync(Mem0, scope, "Stored but unanswered.");

        await act.Should().ThrowAsync<MemoryNetworkException>();
        Log("POST", AddPath).Should().ContainSingle();
        (await Mem0.ListAsync(scope).CollectAsync()).Select(m => m.Memory).Should().Equal("Stored but unanswered.");
    }

    [Fact]
    public async Task A_connection_dropped_mid_body_is_retried_for_a_read()
    {
        var (_, id) = await SeedAsync();
        Emulator.Faults.Add("GET", $"/mem0/v1/memories/{id}/", "abort=mid-body; times=1");
        Emulator.RequestLog.Clear();

        var memory = await Mem0.GetAsync(id);

        memory.Id.Should().Be(id);
        var entries = Log("GET", $"/mem0/v1/memories/{id}/");
        entries.Should().HaveCount(2);
        entries[0].Fault.Should().Be("abort=mid-body; times=1");
        entries[1].Fault.Should().BeNull();
    }

    [Fact]
    public async Task A_connection_dropped_mid_body_of_an_add_is_not_retried_and_the_add_happened_once()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("midbody-add"));
        Emulator.Faults.Add("POST", AddPath, "abort=mid-body; times=1");
        Emulator.RequestLog.Clear();

        var act = () => AddAsync(Mem0, scope, "Half an answer.");

        (await act.Should().ThrowAsync<MemoryNetworkException>()).Which.ErrorCode.Should().Be("NET_GENERIC");
        Log("POST", AddPath).Should().ContainSingle();
        (await Mem0.ListAsync(scope).CollectAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task A_response_slower_than_the_attempt_timeout_is_a_network_timeout()
    {
        var client = fixture.CreateMem0(EndToEndFixture.FastRetries(maxRetries: 0, attemptTimeout: TimeSpan.FromMilliseconds(300)));
        Emulator.Faults.Add("GET", "/mem0/v1/ping/", "latency=3s");

        var act = () => client.PingAsync();

        var error = (await act.Should().ThrowAsync<MemoryNetworkException>()).Which;
        error.ErrorCode.Should().Be("NET_TIMEOUT");
        error.Provider.Should().Be(MemoryProvider.Mem0);
    }

    [Fact]
    public async Task A_slow_first_try_of_a_read_times_out_and_the_retry_succeeds()
    {
        var client = fixture.CreateMem0(EndToEndFixture.FastRetries(attemptTimeout: TimeSpan.FromMilliseconds(300)));
        Emulator.Faults.Add("GET", "/mem0/v1/ping/", "latency=3s; times=1");
        Emulator.RequestLog.Clear();

        var ping = await client.PingAsync();

        ping.ProjectId.Should().Be("proj_emulator");
        Log("GET", "/mem0/v1/ping/").Should().HaveCount(2);
    }

    [Fact]
    public async Task A_truncated_2xx_body_is_an_invalid_response()
    {
        var (_, id) = await SeedAsync();
        Emulator.Faults.Add("GET", $"/mem0/v1/memories/{id}/", "truncate; times=1");

        var act = () => Mem0.GetAsync(id);

        var error = (await act.Should().ThrowAsync<MemoryApiException>()).Which;
        error.ErrorCode.Should().Be("INVALID_RESPONSE");
        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.ResponseBody.Should().StartWith("{");
    }

    [Fact]
    public async Task An_html_error_page_on_a_5xx_is_a_server_exception_with_the_page_text()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("html"));
        Emulator.Faults.Add("POST", AddPath, "html; times=1");
        Emulator.RequestLog.Clear();

        var act = () => AddAsync(Mem0, scope, "Behind a proxy.");

        var error = (await act.Should().ThrowAsync<MemoryServerException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        error.ServiceMessage.Should().Contain("502 Bad Gateway").And.Contain("<html>");
        error.ResponseBody.Should().Contain("memory-emulator (injected fault)");
        Log("POST", AddPath).Should().ContainSingle("a 502 on add is not retried");
    }

    [Fact]
    public async Task An_html_error_page_on_a_read_is_retried_until_it_clears()
    {
        var (scope, id) = await SeedAsync("Proxies flap sometimes.");
        Emulator.Faults.Add("POST", SearchPath, "html; status=504; times=2");
        Emulator.RequestLog.Clear();

        var results = await Mem0.SearchAsync("proxies", scope);

        results.Select(r => r.Id).Should().Equal(id);
        Log("POST", SearchPath).Select(e => e.StatusCode).Should().Equal(504, 504, 200);
    }

    [Fact]
    public async Task MemMachine_429_and_503_on_search_are_retried()
    {
        var project = EndToEndFixture.NewId("mm-fault");
        await MemMachine.AddAsync([new MemMachineMessage { Content = "Kites fly high.", Producer = "kid" }], project);
        Emulator.Faults.Add("POST", MemMachineSearchPath, "status=429; retry-after=10; times=1");
        var client = fixture.CreateMemMachine(faultHeader: "status=503; times=1");
        Emulator.RequestLog.Clear();

        var result = await client.SearchAsync("kites", project);

        result.LongTermEpisodes.Should().ContainSingle();
        Log("POST", MemMachineSearchPath).Select(e => e.StatusCode).Should().Equal(503, 429, 200);
    }

    [Fact]
    public async Task MemMachine_500_on_add_is_not_retried_and_503_is()
    {
        var project = EndToEndFixture.NewId("mm-add");
        Emulator.Faults.Add("POST", MemMachineAddPath, "status=500; times=1");
        Emulator.RequestLog.Clear();

        var failing = () => MemMachine.AddAsync([new MemMachineMessage { Content = "Once.", Producer = "p" }], project);

        var error = (await failing.Should().ThrowAsync<MemoryServerException>()).Which;
        error.Provider.Should().Be(MemoryProvider.MemMachine);
        error.ServiceErrorCode.Should().Be("500");
        Log("POST", MemMachineAddPath).Should().ContainSingle();

        Emulator.Faults.Clear();
        Emulator.Faults.Add("POST", MemMachineAddPath, "status=503; times=1");
        Emulator.RequestLog.Clear();
        var added = await MemMachine.AddAsync([new MemMachineMessage { Content = "Twice tried.", Producer = "p" }], project);

        added.Should().ContainSingle();
        Log("POST", MemMachineAddPath).Select(e => e.StatusCode).Should().Equal(503, 200);
        (await MemMachine.GetEpisodeCountAsync(project)).Should().Be(1);
    }

    [Fact]
    public async Task MemMachine_list_dropped_mid_body_is_retried_and_pages_complete()
    {
        var project = EndToEndFixture.NewId("mm-mid");
        await MemMachine.AddAsync([.. Enumerable.Range(0, 3).Select(i => new MemMachineMessage { Content = $"Line {i}.", Producer = "p" })], project,
            new MemMachineAddOptions { Types = [MemMachineMemoryType.Episodic] });
        Emulator.Faults.Add("POST", MemMachineListPath, "abort=mid-body; times=1");
        Emulator.RequestLog.Clear();

        var episodes = await MemMachine.ListEpisodicAsync(project, new MemMachineListOptions { PageSize = 2 }).CollectAsync();

        episodes.Select(e => e.Content).Should().Equal("Line 0.", "Line 1.", "Line 2.");
        Log("POST", MemMachineListPath).Should().HaveCount(3, "page 0 twice (the first try was cut mid-body), then page 1");
    }

    [Fact]
    public async Task MemMachine_project_create_reset_before_the_response_is_not_retried()
    {
        var project = EndToEndFixture.NewId("mm-create");
        Emulator.Faults.Add("POST", "/memmachine/v2/projects", "abort=before-response; times=1");
        Emulator.RequestLog.Clear();

        var act = () => MemMachine.CreateProjectAsync(project);

        await act.Should().ThrowAsync<MemoryNetworkException>();
        Log("POST", "/memmachine/v2/projects").Should().ContainSingle();
        var get = () => MemMachine.GetProjectAsync(project);
        await get.Should().ThrowAsync<MemoryNotFoundException>();
    }

    [Fact]
    public async Task MemMachine_slow_response_beyond_the_attempt_timeout_is_a_network_timeout_and_truncation_is_invalid()
    {
        var slow = fixture.CreateMemMachine(EndToEndFixture.FastRetries(maxRetries: 0, attemptTimeout: TimeSpan.FromMilliseconds(300)));
        Emulator.Faults.Add("POST", "/memmachine/v2/projects/list", "latency=3s; times=1");
        Emulator.Faults.Add("POST", "/memmachine/v2/projects/episode_count/get", "truncate; times=1");

        var timeout = () => slow.ListProjectsAsync();
        var truncated = () => MemMachine.GetEpisodeCountAsync(EndToEndFixture.NewId("mm-count"));

        (await timeout.Should().ThrowAsync<MemoryNetworkException>()).Which.ErrorCode.Should().Be("NET_TIMEOUT");
        (await truncated.Should().ThrowAsync<MemoryApiException>()).Which.ErrorCode.Should().Be("INVALID_RESPONSE");
    }
}
