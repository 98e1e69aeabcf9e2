using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MemoryClients.Errors;
using MemoryClients.Http;
using MemoryClients.Mem0;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Http;

public sealed class ResilienceTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly ScriptedHandler _handler;

    public ResilienceTests() => _handler = new ScriptedHandler(_time);

    public void Dispose() => _handler.Dispose();

    private ApiTransport Transport(int maxRetries = 3, TimeSpan? maxRetryAfter = null, TimeSpan? totalTimeout = null, TimeSpan? baseDelay = null) => ApiTransport.Create(
        new Mem0ClientOptions
        {
            ApiKey = "k",
            BaseAddress = new Uri("https://api.example.test/"),
            TimeProvider = _time,
            Resilience = new MemoryResilienceOptions
            {
                MaxRetries = maxRetries,
                BaseDelay = baseDelay ?? TimeSpan.FromMilliseconds(500),
                MaxDelay = baseDelay ?? TimeSpan.FromSeconds(30),
                MaxRetryAfter = maxRetryAfter ?? TimeSpan.FromSeconds(60),
                AttemptTimeout = totalTimeout is null ? TimeSpan.FromSeconds(60) : TimeSpan.FromSeconds(10),
                TotalTimeout = totalTimeout ?? TimeSpan.FromMinutes(3),
            },
        }, new HttpClient(_handler));

    private static Dictionary<string, string> RetryAfter(RetryConditionHeaderValue value) => new() { ["Retry-After"] = value.ToString() };

    private static readonly Func<IProbeApi, CancellationToken, Task<JsonObject>> Read = static (api, ct) => api.ReadAsync(ct);

    private static readonly Func<IProbeApi, CancellationToken, Task<JsonObject>> Add = static (api, ct) => api.AddAsync(new JsonObject { ["messages"] = "x" }, ct);

    private Task<JsonObject> Send(ApiTransport transport, Func<IProbeApi, CancellationToken, Task<JsonObject>> call, CancellationToken ct = default) =>
        _time.DriveAsync(call(transport.Api<IProbeApi>(), ct));

    [Fact]
    public async Task A_read_is_retried_after_503_and_succeeds()
    {
        _handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, """{"id":"abc"}""");
        using var transport = Transport();

        var result = await Send(transport, Read);

        result["id"]!.GetValue<string>().Should().Be("abc");
        _handler.Requests.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task An_add_is_not_retried_after_a_failure_the_service_may_have_acted_on(HttpStatusCode status)
    {
        _handler.Respond(status, """{"detail":"boom"}""");
        using var transport = Transport();

        var act = () => Send(transport, Add);

        var error = await act.Should().ThrowAsync<MemoryApiException>();
        error.Which.StatusCode.Should().Be(status);
        _handler.Requests.Should().ContainSingle();
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task An_add_is_retried_when_the_service_provably_did_nothing(HttpStatusCode status)
    {
        _handler.Respond(status).Respond(HttpStatusCode.OK, """{"event_id":"e1","status":"PENDING"}""");
        using var transport = Transport();

        await Send(transport, Add);

        _handler.Requests.Should().HaveCount(2);
        _handler.Requests[1].Body.Should().Be(_handler.Requests[0].Body, "the same pre-serialised bytes are re-sent");
        _handler.Requests[1].ContentLength.Should().Be(_handler.Requests[0].Body!.Length);
    }

    [Fact]
    public async Task An_add_is_retried_when_the_connection_never_opened()
    {
        _handler.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "refused")).Respond(HttpStatusCode.OK);
        using var transport = Transport();

        await Send(transport, Add);

        _handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_add_is_not_retried_when_the_connection_broke_after_sending()
    {
        _handler.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "reset"));
        using var transport = Transport();

        var act = () => Send(transport, Add);

        (await act.Should().ThrowAsync<MemoryNetworkException>()).Which.ErrorCode.Should().Be(MemoryNetworkException.GenericCode);
        _handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_search_marked_idempotent_is_retried_after_500()
    {
        _handler.Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.OK);
        using var transport = Transport();

        await Send(transport, static (api, ct) => api.SearchAsync(new JsonObject(), ct));

        _handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Retry_after_in_seconds_sets_the_delay()
    {
        _handler.Respond(HttpStatusCode.TooManyRequests, headers: RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7))))
            .Respond(HttpStatusCode.OK);
        using var transport = Transport();

        await Send(transport, Read);

        (_handler.Requests[1].At - _handler.Requests[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(7))
            .And.BeLessThan(TimeSpan.FromSeconds(8.75), "the wait is lengthened by up to a quarter, never shortened");
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_sets_the_delay()
    {
        _handler.Respond(HttpStatusCode.ServiceUnavailable, headers: RetryAfter(new RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(12))))
            .Respond(HttpStatusCode.OK);
        using var transport = Transport();

        await Send(transport, Read);

        (_handler.Requests[1].At - _handler.Requests[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(12))
            .And.BeLessThan(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Retry_after_is_capped()
    {
        _handler.Respond(HttpStatusCode.TooManyRequests, headers: RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(30))))
            .Respond(HttpStatusCode.OK);
        using var transport = Transport(maxRetryAfter: TimeSpan.FromSeconds(5));

        await Send(transport, Read);

        (_handler.Requests[1].At - _handler.Requests[0].At).Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Retry_after_waits_are_spread_so_callers_refused_together_do_not_return_together()
    {
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 40; i++)
        {
            using var handler = new ScriptedHandler(_time);
            handler.Respond(HttpStatusCode.TooManyRequests, headers: RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(4)))).Respond(HttpStatusCode.OK);
            using var transport = ApiTransport.Create(new Mem0ClientOptions { ApiKey = "k", BaseAddress = new Uri("https://api.example.test/"), TimeProvider = _time }, new HttpClient(handler));
            await _time.DriveAsync(transport.Api<IProbeApi>().ReadAsync(CancellationToken.None));
            waits.Add(handler.Requests[1].At - handler.Requests[0].At);
        }

        waits.Should().AllSatisfy(w => w.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(4)).And.BeLessThan(TimeSpan.FromSeconds(5)));
        waits.Distinct().Should().HaveCountGreaterThan(30, "each wait is jittered");
        (waits.Max() - waits.Min()).Should().BeGreaterThan(TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task A_retry_after_beyond_the_deadline_fails_at_once_with_the_wait_the_service_asked_for()
    {
        _handler.Respond(HttpStatusCode.TooManyRequests, headers: RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromHours(1))))
            .Respond(HttpStatusCode.OK);
        using var transport = Transport(maxRetryAfter: TimeSpan.FromSeconds(5));

        var act = () => Send(transport, Read);

        (await act.Should().ThrowAsync<MemoryRateLimitException>()).Which.RetryAfter.Should().Be(TimeSpan.FromHours(1));
        _handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_total_timeout_fails_at_once()
    {
        _handler.Respond(HttpStatusCode.ServiceUnavailable, headers: RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(50))))
            .Respond(HttpStatusCode.OK);
        using var transport = Transport(maxRetryAfter: TimeSpan.FromSeconds(60), totalTimeout: TimeSpan.FromSeconds(40));

        var act = () => Send(transport, Read);

        await act.Should().ThrowAsync<MemoryServerException>();
        _handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task When_retries_run_out_the_last_response_surfaces_typed()
    {
        for (var i = 0; i < 3; i++)
            _handler.Respond(HttpStatusCode.TooManyRequests, """{"detail":"slow down"}""", headers: RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(2))));
        using var transport = Transport(maxRetries: 2);

        var act = () => Send(transport, Read);

        var error = (await act.Should().ThrowAsync<MemoryRateLimitException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(2));
        error.ServiceMessage.Should().Be("slow down");
        _handler.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Zero_retries_sends_once()
    {
        _handler.Respond(HttpStatusCode.ServiceUnavailable);
        using var transport = Transport(maxRetries: 0);

        var act = () => Send(transport, Read);

        await act.Should().ThrowAsync<MemoryServerException>();
        _handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_retried_and_surfaces_as_cancellation()
    {
        _handler.Hang();
        using var transport = Transport();
        using var cts = new CancellationTokenSource();

        var call = transport.Api<IProbeApi>().ReadAsync(cts.Token);
        await cts.CancelAsync();
        var act = () => call;

        await act.Should().ThrowAsync<OperationCanceledException>();
        _handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_try_that_outlives_the_attempt_timeout_becomes_a_timeout_error()
    {
        _handler.Hang();
        using var transport = Transport(maxRetries: 0);

        var call = transport.Api<IProbeApi>().ReadAsync(CancellationToken.None);
        await _handler.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(61));
        var act = () => call;

        var error = (await act.Should().ThrowAsync<MemoryNetworkException>()).Which;
        error.ErrorCode.Should().Be(MemoryNetworkException.TimeoutCode);
        error.IsTimeout.Should().BeTrue();
    }

    [Fact]
    public async Task A_read_that_times_out_is_retried()
    {
        _handler.Hang().Respond(HttpStatusCode.OK, """{"ok":true}""");
        using var transport = Transport();

        var call = transport.Api<IProbeApi>().ReadAsync(CancellationToken.None);
        await _handler.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(61));
        var result = await _time.DriveAsync(call);

        result["ok"]!.GetValue<bool>().Should().BeTrue();
        _handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_retry_gets_only_what_is_left_of_the_total_timeout()
    {
        _handler.Hang().Hang();
        using var transport = Transport(totalTimeout: TimeSpan.FromSeconds(15));

        var call = transport.Api<IProbeApi>().ReadAsync(CancellationToken.None);
        // Stepped by hand, each request awaited before the clock passes its try's deadline (else the second try could
        // seem to start at 15 s).
        await _handler.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(10));
        await _time.WaitForTimerWithinAsync(TimeSpan.FromSeconds(0.5)).WaitAsync(TimeSpan.FromSeconds(30));
        _time.Advance(_time.NextDueWithin(TimeSpan.FromSeconds(0.5))!.Value);
        await _handler.WaitForRequestsAsync(2);
        var act = () => _time.DriveAsync(call, horizon: TimeSpan.FromSeconds(5));

        (await act.Should().ThrowAsync<MemoryNetworkException>()).Which.ErrorCode.Should().Be(MemoryNetworkException.TimeoutCode);
        _handler.Requests.Should().HaveCount(2);
        var secondTry = _handler.Requests[1].At - _handler.Requests[0].At;
        // The first try ran its full 10 s, then waited 0.25-0.5 s; the second got the rest of the 15 s, not another 10.
        _time.GetUtcNow().Should().Be(_handler.Requests[0].At + TimeSpan.FromSeconds(15));
        secondTry.Should().BeGreaterThan(TimeSpan.FromSeconds(10)).And.BeLessThan(TimeSpan.FromSeconds(10.5));
    }

    [Fact]
    public async Task A_computed_wait_past_the_total_timeout_is_not_started()
    {
        _handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK);
        using var transport = Transport(totalTimeout: TimeSpan.FromSeconds(20), baseDelay: TimeSpan.FromSeconds(60));
        var before = _time.GetUtcNow();

        var act = () => Send(transport, Read);

        await act.Should().ThrowAsync<MemoryServerException>();
        _handler.Requests.Should().ContainSingle();
        _time.GetUtcNow().Should().Be(before, "the 30-60 s wait could not end within the 20 s budget, so it was never started");
    }

    [Fact]
    public void Backoff_doubles_from_the_base_delay_up_to_the_cap_with_jitter()
    {
        using var handler = new ResilienceHandler(
            new MemoryResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(500), MaxDelay = TimeSpan.FromSeconds(3) }, TimeProvider.System, MemoryProvider.Mem0);

        foreach (var (attempt, full) in new[] { (0, 0.5), (1, 1.0), (2, 2.0), (3, 3.0), (9, 3.0) })
        {
            var waits = Enumerable.Range(0, 200).Select(_ => handler.Backoff(attempt).TotalSeconds).ToList();
            waits.Should().AllSatisfy(w => w.Should().BeGreaterThanOrEqualTo(full / 2).And.BeLessThan(full));
            waits.Distinct().Should().HaveCountGreaterThan(100, "each wait is jittered");
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Out_of_range_retry_counts_are_refused(int maxRetries)
    {
        var act = () => Transport(maxRetries);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxRetries");
    }

    [Fact]
    public void The_retry_rule_never_retries_cancellation()
    {
        using var read = new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/v1/memories/m1/");
        using var add = new HttpRequestMessage(HttpMethod.Post, "https://api.example.test/v3/memories/add/");

        MemoryRetryRule.ShouldRetry(read, null, new OperationCanceledException()).Should().BeFalse();
        MemoryRetryRule.ShouldRetry(add, null, new TimeoutException()).Should().BeFalse();
        MemoryRetryRule.ShouldRetry(read, null, new TimeoutException()).Should().BeTrue();
    }

    [Fact]
    public void A_bare_socket_exception_is_a_transport_failure_and_a_refused_connect_sent_nothing()
    {
        using var read = new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/v1/memories/m1/");
        using var add = new HttpRequestMessage(HttpMethod.Post, "https://api.example.test/v3/memories/add/");
        var reset = new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionReset);
        var refused = new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused);

        MemoryRetryRule.ShouldRetry(read, null, reset).Should().BeTrue("a read is retried after any transport failure");
        MemoryRetryRule.ShouldRetry(add, null, reset).Should().BeFalse("the add may have reached the service");
        MemoryRetryRule.ShouldRetry(add, null, refused).Should().BeTrue("nothing was sent");
        MemoryRetryRule.MayHaveActed(null, refused).Should().BeFalse();
        MemoryRetryRule.MayHaveActed(null, reset).Should().BeTrue();
    }
}
