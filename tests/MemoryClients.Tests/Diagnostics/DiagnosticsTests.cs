using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using MemoryClients.Diagnostics;
using MemoryClients.Tests.Unified;
using Microsoft.Extensions.Logging;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Diagnostics;

public sealed class DiagnosticsTests
{

    /// <summary>Captures the SDK's spans that belong to this test's trace (other tests run in parallel).</summary>
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
    public async Task Each_operation_emits_a_span_with_provider_operation_status_and_retry_count()
    {
        using var capture = new SpanCapture();
        var handler = new ScriptedHandler().Respond(HttpStatusCode.ServiceUnavailable, "busy").Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody);
        using var client = new AsyncMemoryClient(new HttpClient(handler), RetryingMem0());

        await client.SearchAsync("pizza", MemoryScope.ForUser("alice"));

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.OperationName.Should().Be("memory.search");
        span.GetTagItem(MemoryDiagnostics.ProviderTag).Should().Be("mem0");
        span.GetTagItem(MemoryDiagnostics.OperationTag).Should().Be("search");
        span.GetTagItem(MemoryDiagnostics.StatusTag).Should().Be("ok");
        span.GetTagItem(MemoryDiagnostics.RetryCountTag).Should().Be(1);
        span.Status.Should().Be(ActivityStatusCode.Ok);
    }

    [Fact]
    public void A_failed_sync_operation_marks_its_span_as_an_error_without_secrets()
    {
        using var capture = new SpanCapture();
        var handler = new ScriptedHandler().Respond(HttpStatusCode.NotFound, """{"detail":"bad"}""");
        using var client = new MemoryClient(new HttpClient(handler), UnifiedTestOptions.Mem0());

        FluentActions.Invoking(() => client.Get("missing")).Should().Throw<MemoryClients.Errors.MemoryNotFoundException>();

        var span = capture.Spans.Should().ContainSingle().Subject;
        span.OperationName.Should().Be("memory.get");
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
        capture.Spans.Select(s => s.OperationName).Should().Equal("memory.list", "memory.list");
    }

    [Fact]
    public async Task Meter_reports_request_durations_operation_durations_and_retries()
    {
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MemoryDiagnostics.MeterName)
                    l.EnableMeasurementEvents(instrument);
            },
        };
        // The listener hears every test in the process; keep only the measurements made on this test's own async flow.
        var mine = new AsyncLocal<bool> { Value = true };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            if (!mine.Value)
                return;
            var copy = tags.ToArray().ToDictionary(t => t.Key, t => t.Value);
            lock (measurements) measurements.Add((instrument.Name, value, copy));
        }
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        listener.Start();
        var handler = new ScriptedHandler().Respond(HttpStatusCode.ServiceUnavailable, "busy").Respond(HttpStatusCode.OK, UnifiedTestOptions.MemMachineSearchBody);
        var options = UnifiedTestOptions.MemMachine();
        options.Resilience = new MemoryResilienceOptions { MaxRetries = 1, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };
        using var client = new AsyncMemoryClient(new HttpClient(handler), options);

        await client.SearchAsync("pizza", MemoryScope.ForUser("alice-meter"));

        lock (measurements)
        {
            // One measurement per try: the 503 that was retried and the 200 that followed.
            measurements.Where(m => m.Instrument == MemoryDiagnostics.RequestDurationInstrument && (string?)m.Tags[MemoryDiagnostics.ProviderTag] == "memmachine")
                .Select(m => (int?)m.Tags["http.response.status_code"]).Should().Equal(503, 200);
            measurements.Should().Contain(m => m.Instrument == MemoryDiagnostics.OperationDurationInstrument
                && (string?)m.Tags[MemoryDiagnostics.OperationTag] == "search" && (string?)m.Tags[MemoryDiagnostics.StatusTag] == "ok");
            measurements.Should().Contain(m => m.Instrument == MemoryDiagnostics.RetryCountInstrument && (string?)m.Tags[MemoryDiagnostics.ProviderTag] == "memmachine" && m.Value == 1);
        }
    }

    [Fact]
    public async Task Logs_carry_no_key_and_no_memory_text_unless_opted_in()
    {
        var quiet = new CapturingLoggerProvider();
        using (var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(quiet)))
        using (var client = new AsyncMemoryClient(new HttpClient(new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody)), UnifiedTestOptions.Mem0(), factory))
            await client.SearchAsync("my secret pizza query", MemoryScope.ForUser("alice"));

        quiet.Lines.Should().Contain(l => l.Contains("search", StringComparison.Ordinal) && l.Contains("mem0", StringComparison.Ordinal));
        quiet.Lines.Should().NotContain(l => l.Contains("pizza", StringComparison.Ordinal) || l.Contains("m0-secret-key", StringComparison.Ordinal));

        var chatty = new CapturingLoggerProvider();
        var options = UnifiedTestOptions.Mem0();
        options.LogMemoryContent = true;
        using (var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(chatty)))
        using (var client = new AsyncMemoryClient(new HttpClient(new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody)), options, factory))
            await client.SearchAsync("my secret pizza query", MemoryScope.ForUser("alice"));

        chatty.Lines.Should().Contain(l => l.Contains("my secret pizza query", StringComparison.Ordinal));
        chatty.Lines.Should().NotContain(l => l.Contains("m0-secret-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failures_are_logged_as_warnings_with_the_status()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        using var client = new AsyncMemoryClient(new HttpClient(new ScriptedHandler().Respond(HttpStatusCode.Unauthorized, """{"detail":"no"}""")), UnifiedTestOptions.Mem0(), factory);

        await FluentActions.Invoking(() => client.DeleteAsync("m1")).Should().ThrowAsync<MemoryClients.Errors.MemoryAuthenticationException>();

        logs.Lines.Should().Contain(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("delete", StringComparison.Ordinal) && l.Contains("401", StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose() { }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.Lines) owner.Lines.Add($"{logLevel} {formatter(state, exception)}");
            }
        }
    }
}
