using System.Diagnostics;
using System.Net;
using MemoryClients.Diagnostics;
using MemoryClients.Tests.Unified;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Diagnostics;

/// <summary>Runs <see cref="DiagnosticsTests"/> outside the parallel collections.</summary>
[CollectionDefinition(nameof(DiagnosticsTests), DisableParallelization = true)]
public sealed class SerialDiagnostics;

/// <summary>Spans, meters and logs. Runs alone: the meter test collects process-wide measurements.</summary>
[Collection(nameof(DiagnosticsTests))]
public sealed class DiagnosticsTests
{
    /// <summary>
    /// Captures the SDK's spans that belong to this test's trace. A hand-written listener because no testing library in use
    /// collects activities (Microsoft.Extensions.Diagnostics.Testing covers logs and metrics only).
    /// </summary>
    private sealed class SpanCapture : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly Activity _root;

        public SpanCapture()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == MemoryDiagnostics.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a =>
                {
                    if (a.Source.Name == MemoryDiagnostics.ActivitySourceName && _root is { } root && a.TraceId == root.TraceId)
                        lock (Spans) Spans.Add(a);
                },
            };
            ActivitySource.AddActivityListener(_listener);
            _root = new Activity("memoryclients-test").Start();
        }

        public List<Activity> Spans { get; } = [];

        public void Dispose()
        {
            _root.Dispose();
            _listener.Dispose();
        }
    }

    private static MemoryClientOptions RetryingMem0() => new()
    {
        Provider = MemoryProvider.Mem0,
        ApiKey = "m0-secret-key",
        BaseAddress = new Uri("https://mem0.test/"),
        Resilience = new MemoryResilienceOptions { MaxRetries = 2, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero },
    };

    [Fact]
    public async Task Each_call_of_the_unified_client_emits_a_span_with_provider_operation_status_and_retry_count()
    {
        using var capture = new SpanCapture();
        var handler = new ScriptedHandler().Respond(HttpStatusCode.ServiceUnavailable, "busy").Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody);
        using var client = new AsyncMemoryClient(new HttpClient(handler), RetryingMem0());

        await client.SearchAsync("pizza", MemoryScope.ForUser("alice"));

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.OperationName.Should().Be("mem0 SearchMemories");
        span.Kind.Should().Be(ActivityKind.Client);
        span.GetTagItem(MemoryDiagnostics.ProviderTag).Should().Be("mem0");
        span.GetTagItem(MemoryDiagnostics.OperationTag).Should().Be("SearchMemories");
        span.GetTagItem(MemoryDiagnostics.StatusTag).Should().Be("ok");
        span.GetTagItem(MemoryDiagnostics.RetryCountTag).Should().Be(1);
        span.GetTagItem("http.response.status_code").Should().Be(200);
        span.Status.Should().Be(ActivityStatusCode.Ok);
    }

    [Fact]
    public async Task Provider_client_calls_emit_a_span_and_a_log_line_with_the_retry_count()
    {
        using var capture = new SpanCapture();
        var logs = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(logs)));
        var handler = new ScriptedHandler().Respond(HttpStatusCode.ServiceUnavailable, "busy").Respond(HttpStatusCode.OK, UnifiedTestOptions.MemMachineSearchBody);
        using var client = new MemoryClients.MemMachine.MemMachineClient(new HttpClient(handler), new MemoryClients.MemMachine.MemMachineClientOptions
        {
            ApiKey = "mm-secret-key",
            ProjectId = "support",
            LoggerFactory = factory,
            Resilience = new MemoryResilienceOptions { MaxRetries = 2, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero },
        });

        await client.SearchAsync("pizza");

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.OperationName.Should().Be("memmachine SearchMemories");
        span.GetTagItem(MemoryDiagnostics.RetryCountTag).Should().Be(1);
        logs.GetSnapshot().Should().Contain(r => r.Category == MemoryDiagnostics.LoggerCategory && r.Level == LogLevel.Debug
            && r.Message.Contains("SearchMemories", StringComparison.Ordinal) && r.Message.Contains("(1 retries)", StringComparison.Ordinal));
        // Polly's own resilience event for the retry reaches the app's logger too.
        logs.GetSnapshot().Should().Contain(r => r.Category != null && r.Category.StartsWith("Polly", StringComparison.Ordinal) && r.Level == LogLevel.Warning);
        Lines(logs).Should().NotContain(l => l.Contains("mm-secret-key", StringComparison.Ordinal) || l.Contains("pizza", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_retry_count_reaches_the_log_when_nobody_traces()
    {
        var logs = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(logs)));
        var handler = new ScriptedHandler().Respond(HttpStatusCode.ServiceUnavailable, "busy").Respond(HttpStatusCode.ServiceUnavailable, "busy")
            .Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody);
        using var client = new AsyncMemoryClient(new HttpClient(handler), RetryingMem0(), factory);

        await client.SearchAsync("pizza", MemoryScope.ForUser("alice"));

        logs.GetSnapshot().Should().Contain(r => r.Category == MemoryDiagnostics.LoggerCategory && r.Message.Contains("(2 retries)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_sync_call_marks_its_span_as_an_error_without_secrets()
    {
        using var capture = new SpanCapture();
        var handler = new ScriptedHandler().Respond(HttpStatusCode.NotFound, """{"detail":"bad"}""");
        using var client = new MemoryClient(new HttpClient(handler), UnifiedTestOptions.Mem0());

        FluentActions.Invoking(() => client.Get("missing")).Should().Throw<MemoryClients.Errors.MemoryNotFoundException>();

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.OperationName.Should().Be("mem0 GetMemory");
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.GetTagItem(MemoryDiagnostics.StatusTag).Should().Be("error");
        span.GetTagItem("http.response.status_code").Should().Be(404);
        span.TagObjects.Select(t => t.Value?.ToString()).Should().NotContain(v => v != null && v.Contains("m0-secret-key"));
    }

    [Fact]
    public async Task Lazy_listing_emits_one_span_per_page()
    {
        using var capture = new SpanCapture();
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, """{"count":2,"next":"https://mem0.test/v3/memories/?page=2&page_size=1","previous":null,"results":[{"id":"a","memory":"x"}]}""")
            .Respond(HttpStatusCode.OK, """{"count":2,"next":null,"previous":null,"results":[{"id":"b","memory":"y"}]}""");
        using var client = new AsyncMemoryClient(new HttpClient(handler), UnifiedTestOptions.Mem0());

        var ids = new List<string>();
        await foreach (var record in client.ListAsync(MemoryScope.ForUser("alice"), new MemoryListOptions { PageSize = 1 }))
            ids.Add(record.Id);

        ids.Should().Equal("a", "b");
        capture.Spans.Select(s => s.OperationName).Should().Equal("mem0 ListMemories", "mem0 ListMemories");
    }

    [Fact]
    public async Task Meter_reports_request_durations_call_durations_and_retries()
    {
        // MetricCollector hears the instrument process-wide; the class runs in a collection of its own (no parallel test
        // makes measurements meanwhile), so everything collected here comes from this test.
        using var requests = new MetricCollector<double>(null, MemoryDiagnostics.MeterName, MemoryDiagnostics.RequestDurationInstrument);
        using var operations = new MetricCollector<double>(null, MemoryDiagnostics.MeterName, MemoryDiagnostics.OperationDurationInstrument);
        using var retries = new MetricCollector<long>(null, MemoryDiagnostics.MeterName, MemoryDiagnostics.RetryCountInstrument);
        var handler = new ScriptedHandler().Respond(HttpStatusCode.ServiceUnavailable, "busy").Respond(HttpStatusCode.OK, UnifiedTestOptions.MemMachineSearchBody);
        var options = UnifiedTestOptions.MemMachine();
        options.Resilience = new MemoryResilienceOptions { MaxRetries = 1, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };
        using var client = new AsyncMemoryClient(new HttpClient(handler), options);

        await client.SearchAsync("pizza", MemoryScope.ForUser("alice-meter"));

        // One measurement per try: the 503 that was retried and the 200 that followed.
        requests.GetMeasurementSnapshot().Where(m => (string?)m.Tags[MemoryDiagnostics.ProviderTag] == "memmachine")
            .Select(m => (int?)m.Tags["http.response.status_code"]).Should().Equal(503, 200);
        operations.GetMeasurementSnapshot().Should().ContainSingle(m =>
            (string?)m.Tags[MemoryDiagnostics.OperationTag] == "SearchMemories" && (string?)m.Tags[MemoryDiagnostics.StatusTag] == "ok"
            && (int?)m.Tags["http.response.status_code"] == 200);
        retries.GetMeasurementSnapshot().Should().ContainSingle(m => (string?)m.Tags[MemoryDiagnostics.ProviderTag] == "memmachine")
            .Which.Value.Should().Be(1);
    }

#if NET9_0_OR_GREATER
    [Fact]
    public void Both_duration_histograms_advise_bucket_boundaries_that_fit_calls_to_a_service()
    {
        var advised = new Dictionary<string, IReadOnlyList<double>?>();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MemoryDiagnostics.MeterName && instrument is System.Diagnostics.Metrics.Histogram<double> histogram)
                    advised[instrument.Name] = histogram.Advice?.HistogramBucketBoundaries;
            },
        };
        listener.Start();

        foreach (var name in new[] { MemoryDiagnostics.RequestDurationInstrument, MemoryDiagnostics.OperationDurationInstrument })
        {
            var buckets = advised.Should().ContainKey(name).WhoseValue;
            buckets.Should().NotBeNull().And.BeInAscendingOrder();
            buckets!.Should().Contain([0.01, 0.1, 1]).And.Contain(b => b >= 30, "a slow call still lands in a bucket of its own");
        }
    }
#endif

    [Fact]
    public async Task Logs_carry_no_key_and_no_memory_text_unless_opted_in()
    {
        var quiet = new FakeLogCollector();
        using (var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(quiet))))
        using (var client = new AsyncMemoryClient(new HttpClient(new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody)), UnifiedTestOptions.Mem0(), factory))
            await client.SearchAsync("my secret pizza query", MemoryScope.ForUser("alice"));

        Lines(quiet).Should().Contain(l => l.Contains("SearchMemories", StringComparison.Ordinal) && l.Contains("mem0", StringComparison.Ordinal));
        Lines(quiet).Should().NotContain(l => l.Contains("pizza", StringComparison.Ordinal) || l.Contains("m0-secret-key", StringComparison.Ordinal));

        var chatty = new FakeLogCollector();
        var options = UnifiedTestOptions.Mem0();
        options.LogMemoryContent = true;
        using (var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(chatty))))
        using (var client = new AsyncMemoryClient(new HttpClient(new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody)), options, factory))
            await client.SearchAsync("my secret pizza query", MemoryScope.ForUser("alice"));

        Lines(chatty).Should().Contain(l => l.Contains("my secret pizza query", StringComparison.Ordinal));
        Lines(chatty).Should().NotContain(l => l.Contains("m0-secret-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failures_are_logged_as_warnings_with_the_status()
    {
        var logs = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(logs)));
        using var client = new AsyncMemoryClient(new HttpClient(new ScriptedHandler().Respond(HttpStatusCode.Unauthorized, """{"detail":"no"}""")), UnifiedTestOptions.Mem0(), factory);

        await FluentActions.Invoking(() => client.DeleteAsync("m1")).Should().ThrowAsync<MemoryClients.Errors.MemoryAuthenticationException>();

        logs.GetSnapshot().Should().Contain(r => r.Level == LogLevel.Warning && r.Message.Contains("DeleteMemory", StringComparison.Ordinal) && r.Message.Contains("401", StringComparison.Ordinal));
    }

    /// <summary>Every message the collector holds, with its exception text, so nothing logged escapes the checks.</summary>
    private static IEnumerable<string> Lines(FakeLogCollector logs) =>
        logs.GetSnapshot().Select(r => $"{r.Level} {r.Message} {r.Exception}");
}
