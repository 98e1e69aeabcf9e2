using System.Diagnostics;
using System.Globalization;
using MemoryClients.Emulator.Faults;
using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class FaultInjectionTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private const string Header = "X-Emulator-Fault";

    private EmulatorApi Mem0 => fixture.Mem0;

    public void Dispose() => fixture.Emulator.Faults.Clear();

    [Fact]
    public async Task Header_status_fault_answers_in_each_services_error_shape()
    {
        var mem0 = await Mem0.GetAsync("v1/ping/", (Header, "status=503"));
        mem0.Code.Should().Be(503);
        mem0.Body["detail"]!.GetValue<string>().Should().NotBeNullOrEmpty();

        var mm = await fixture.MemMachine.PostAsync("projects/list", null, (Header, "status=500"));
        mm.Code.Should().Be(500);
        mm.Body["code"]!.GetValue<int>().Should().Be(500);
        mm.Body["message"]!.GetValue<string>().Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Any_error_status_can_be_injected(int status)
    {
        (await Mem0.GetAsync("v1/ping/", (Header, $"status={status}"))).Code.Should().Be(status);
    }

    [Fact]
    public async Task Header_times_limits_how_often_the_same_request_fails()
    {
        const string header = "status=503; times=2";
        var path = $"v1/memories/{Guid.NewGuid()}/";

        var codes = new List<int>();
        for (var i = 0; i < 3; i++) codes.Add((await Mem0.GetAsync(path, (Header, header))).Code);

        codes.Should().Equal(503, 503, 404);
    }

    [Fact]
    public async Task Rate_limit_sends_retry_after_in_seconds()
    {
        var response = await Mem0.GetAsync("v1/ping/", (Header, "status=429; retry-after=2"));

        response.Code.Should().Be(429);
        response.Header("Retry-After").Should().Be("2");
        response.Body["detail"]!.GetValue<string>().Should().Contain("2 seconds");
        response.Message.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Rate_limit_can_send_retry_after_as_an_http_date()
    {
        var response = await Mem0.GetAsync("v1/ping/", (Header, "status=429; retry-after-date=30"));

        response.Code.Should().Be(429);
        var date = response.Message.Headers.RetryAfter!.Date;
        date.Should().NotBeNull();
        date!.Value.Should().BeCloseTo(DateTimeOffset.UtcNow.AddSeconds(30), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Latency_delays_the_answer()
    {
        var watch = Stopwatch.StartNew();

        var response = await Mem0.GetAsync("v1/ping/", (Header, "latency=200ms"));

        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(190));
        response.Code.Should().Be(200);
    }

    [Fact]
    public async Task Abort_before_response_resets_the_connection_without_processing()
    {
        var user = EmulatorFixture.NewId("abort");

        var act = () => Mem0.PostAsync("v3/memories/add/", $$"""{"messages": [{"role": "user", "content": "lost"}], "user_id": "{{user}}", "infer": false}""",
            (Header, "abort=before-response"));

        await act.Should().ThrowAsync<HttpRequestException>();
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""")).Should().BeEmpty();
    }

    [Fact]
    public async Task Abort_after_processing_loses_the_response_but_keeps_the_effect()
    {
        var user = EmulatorFixture.NewId("after");

        var act = () => Mem0.PostAsync("v3/memories/add/", $$"""{"messages": [{"role": "user", "content": "stored anyway"}], "user_id": "{{user}}", "infer": false}""",
            (Header, "abort=after-processing"));

        await act.Should().ThrowAsync<HttpRequestException>();
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""")).Should().Equal("stored anyway");
    }

    [Fact]
    public async Task Abort_mid_body_announces_the_full_length_then_resets()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/ping/");
        request.Headers.Add(Header, "abort=mid-body");

        using var response = await Mem0.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var announced = response.Content.Headers.ContentLength;
        announced.Should().BeGreaterThan(10);

        var read = () => response.Content.ReadAsStringAsync();
        await read.Should().ThrowAsync<Exception>().Where(e => e is HttpRequestException || e is IOException);
    }

    [Fact]
    public async Task Truncate_sends_half_the_body_as_broken_json()
    {
        var full = await Mem0.GetAsync("v1/ping/");

        var truncated = await Mem0.GetAsync("v1/ping/", (Header, "truncate"));

        truncated.Code.Should().Be(200);
        truncated.Json.Should().BeNull("half a JSON object does not parse");
        truncated.Text.Should().Be(full.Text[..(full.Text.Length / 2)]);
        truncated.Header("Content-Length").Should().Be((full.Text.Length / 2).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Html_fault_returns_an_html_error_page()
    {
        var response = await Mem0.GetAsync("v1/ping/", (Header, "html"));

        response.Code.Should().Be(502);
        response.Header("Content-Type").Should().StartWith("text/html");
        response.Text.Should().Contain("<html>").And.Contain("502 Bad Gateway");

        var unavailable = await fixture.MemMachine.PostAsync("projects/list", null, (Header, "status=503; html"));
        unavailable.Code.Should().Be(503);
        unavailable.Text.Should().Contain("503 Service Unavailable");
    }

    [Fact]
    public async Task Invalid_fault_header_is_400()
    {
        var response = await Mem0.GetAsync("v1/ping/", (Header, "status=abc"));

        response.Code.Should().Be(400);
        response.Body["detail"]!.GetValue<string>().Should().Contain("X-Emulator-Fault");
    }

    [Fact]
    public async Task Runtime_rules_match_method_and_path_pattern_and_run_out()
    {
        var rule = fixture.Emulator.Faults.Add("POST", "/mem0/v3/memories/*", "status=502; times=1");

        var user = EmulatorFixture.NewId("rule");
        var first = await Mem0.PostAsync("v3/memories/", $$"""{"filters": {"user_id": "{{user}}"} }""");
        var second = await Mem0.PostAsync("v3/memories/", $$"""{"filters": {"user_id": "{{user}}"} }""");
        var otherMethod = await Mem0.GetAsync("v1/ping/");

        first.Code.Should().Be(502);
        second.Code.Should().Be(200);
        otherMethod.Code.Should().Be(200);
        rule.AppliedCount.Should().Be(1);

        // The limit is per route: another path under the same pattern fails once too.
        (await Mem0.PostAsync("v3/memories/search/", $$"""{"query": "x", "filters": {"user_id": "{{user}}"} }""")).Code.Should().Be(502);
        (await Mem0.PostAsync("v3/memories/search/", $$"""{"query": "x", "filters": {"user_id": "{{user}}"} }""")).Code.Should().Be(200);
        rule.AppliedCount.Should().Be(2);
    }

    [Fact]
    public async Task Rules_from_options_fail_the_first_n_requests_so_a_retry_succeeds()
    {
        await using var flaky = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions
        {
            Faults = [new FaultRule("GET", "/mem0/v1/ping/", "status=503; times=2"), new FaultRule("*", "/memmachine/*", "status=429; retry-after=1; times=1")],
        });
        using var client = new HttpClient { BaseAddress = flaky.BaseAddress };
        var api = new EmulatorApi(client);

        var codes = new List<int>();
        for (var i = 0; i < 3; i++) codes.Add((await api.GetAsync("mem0/v1/ping/", ("Authorization", "Token k"))).Code);
        codes.Should().Equal(503, 503, 200);

        (await api.GetAsync("memmachine/health")).Code.Should().Be(429);
        (await api.GetAsync("memmachine/health")).Code.Should().Be(200);
    }

    [Fact]
    public async Task The_request_log_records_requests_and_the_fault_applied()
    {
        fixture.Emulator.RequestLog.Clear();

        await Mem0.PostAsync("v3/memories/?page=1", """{"filters": {"user_id": "logged"}}""");
        await Mem0.GetAsync("v1/ping/", (Header, "status=429; retry-after=3"));

        var entries = fixture.Emulator.RequestLog.Entries;
        entries.Should().HaveCount(2);
        entries[0].Method.Should().Be("POST");
        entries[0].Path.Should().Be("/mem0/v3/memories/");
        entries[0].Query.Should().Be("page=1");
        entries[0].Body.Should().Be("""{"filters": {"user_id": "logged"}}""");
        entries[0].StatusCode.Should().Be(200);
        entries[0].Fault.Should().BeNull();
        entries[0].Headers["Authorization"].Should().Be("Token " + EmulatorFixture.Mem0Key);
        entries[0].Timestamp.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromSeconds(10));
        entries[1].Fault.Should().Be("status=429; retry-after=3");
        entries[1].StatusCode.Should().Be(429);
        entries[1].Sequence.Should().BeGreaterThan(entries[0].Sequence);
        fixture.Emulator.RequestLog.ForPath("/mem0/v1/ping/").Should().ContainSingle();
    }

    [Fact]
    public void Fault_specs_parse_and_print_the_header_syntax()
    {
        var spec = FaultSpec.Parse("status=429; retry-after-date=5; latency=1.5s; abort=mid-body; truncate; html; times=3");

        spec.Status.Should().Be(429);
        spec.RetryAfter.Should().Be(TimeSpan.FromSeconds(5));
        spec.RetryAfterAsDate.Should().BeTrue();
        spec.Latency.Should().Be(TimeSpan.FromMilliseconds(1500));
        spec.Abort.Should().Be(FaultAbort.MidBody);
        spec.Truncate.Should().BeTrue();
        spec.Html.Should().BeTrue();
        spec.Times.Should().Be(3);
        spec.ToString().Should().Be("status=429; retry-after-date=5; latency=1500ms; abort=mid-body; truncate; html; times=3");
        FaultSpec.TryParse("status=200", out _, out var error).Should().BeFalse();
        error.Should().Contain("status");
        FaultSpec.TryParse("explode", out _, out _).Should().BeFalse();
    }
}
