using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MemoryClients.Errors;
using MemoryClients.Import;
using Xunit.Abstractions;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>
/// Bulk import into the emulator under injected faults: every 20th item is throttled once (a 429 with Retry-After: 1),
/// every 100th fails with a 500 after the emulator stored it. The account must be exact and nothing stored twice.
/// </summary>
public sealed partial class ImportEndToEndTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    private const int Users = 10;
    private const int MaxConcurrency = 8;

    [Theory]
    [InlineData(1_000)]
    public Task An_import_under_throttling_and_failures_after_storing_ends_with_an_exact_account_and_no_duplicate(int count) => ImportAsync(count);

    /// <summary>The 10,000-item run, measured once: <c>MEMORY_IMPORT_E2E_COUNT=10000 dotnet test --filter ImportEndToEnd</c>.</summary>
    [SkippableFactIfNoCount]
    public Task The_measured_import_of_the_size_in_MEMORY_IMPORT_E2E_COUNT() =>
        ImportAsync(int.Parse(Environment.GetEnvironmentVariable(CountVariable)!, CultureInfo.InvariantCulture));

    private const string CountVariable = "MEMORY_IMPORT_E2E_COUNT";

    private static bool Throttled(int n) => n % 20 == 7;

    private static bool FailsAfterStoring(int n) => n % 100 == 3;

    private async Task ImportAsync(int count)
    {
        var run = EndToEndFixture.NewId("import");
        var faults = new FaultPlan(new HttpClientHandler());
        using var http = new HttpClient(faults);
        using var client = new AsyncMemoryClient(http, new MemoryClientOptions
        {
            ApiKey = EndToEndFixture.Mem0Key,
            BaseAddress = fixture.Emulator.Mem0BaseAddress,
            Resilience = EndToEndFixture.FastRetries(),
        });
        var clock = new SkippingClock();
        var items = Enumerable.Range(0, count).Select(n =>
            new MemoryImportItem($"Imported fact {n:D5}.", MemoryScope.ForUser($"{run}-{n % Users}")) { Infer = false });

        var watch = Stopwatch.StartNew();
        var result = await client.ImportAsync(items, new MemoryImportOptions { MaxConcurrency = MaxConcurrency, TimeProvider = clock });
        watch.Stop();

        var throttled = Enumerable.Range(0, count).Count(Throttled);
        var failing = Enumerable.Range(0, count).Where(FailsAfterStoring).Select(n => (long)n).ToList();
        result.Read.Should().Be(count);
        result.Stored.Should().Be(count - failing.Count);
        result.Failed.Should().BeEmpty();
        result.MayHaveBeenStored.Select(f => f.Index).Should().BeEquivalentTo(failing);
        result.MayHaveBeenStored.Should().OnlyContain(f => f.Error is MemoryServerException && ((MemoryApiException)f.Error).RequestMayHaveBeenProcessed);
        result.NotSent.Should().BeEmpty();
        result.IsCancelled.Should().BeFalse();
        result.Throttled.Should().Be(throttled);
        clock.Waits.Should().NotBeEmpty().And.OnlyContain(w => w == TimeSpan.FromSeconds(1), "every pause is the service's Retry-After");
        faults.Peak.Should().BeLessThanOrEqualTo(MaxConcurrency);
        result.PeakConcurrency.Should().Be(faults.Peak);
        faults.Tries.Should().HaveCount(count);
        faults.Tries.Should().OnlyContain(t => t.Value == (Throttled(t.Key) ? 2 : 1), "a throttled item is sent once more, every other item once");

        // What the emulator holds: every item exactly once, the ones answered with a 500 included.
        var stored = new List<string>();
        for (var user = 0; user < Users; user++)
        {
            await foreach (var record in client.ListAsync(MemoryScope.ForUser($"{run}-{user}"), new MemoryListOptions { PageSize = 200 }))
                stored.Add(record.Text);
        }
        stored.Should().HaveCount(count).And.OnlyHaveUniqueItems();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} items: {watch.Elapsed.TotalSeconds:F1} s ({count / watch.Elapsed.TotalSeconds:F0} items/s), peak concurrency {faults.Peak} of {MaxConcurrency}, "
            + $"stored {result.Stored}, may have been stored {result.MayHaveBeenStored.Count}, failed {result.Failed.Count}, throttled {result.Throttled}, pauses {clock.Waits.Count}"));
    }

    /// <summary>Injects the emulator's faults per item, by the number in the item's text, and measures the adds in flight.</summary>
    private sealed partial class FaultPlan(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _inFlight;
        private int _peak;

        public ConcurrentDictionary<int, int> Tries { get; } = new();

        public int Peak => Volatile.Read(ref _peak);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            if (ItemNumber().Match(body) is not { Success: true } match) return await base.SendAsync(request, cancellationToken);
            var n = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var tries = Tries.AddOrUpdate(n, 1, (_, t) => t + 1);
            if (Throttled(n) && tries == 1) request.Headers.Add("X-Emulator-Fault", "status=429; retry-after=1");
            else if (FailsAfterStoring(n)) request.Headers.Add("X-Emulator-Fault", "status=500; processed");
            var now = Interlocked.Increment(ref _inFlight);
            int peak;
            while (now > (peak = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, peak) != peak) { }
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        [GeneratedRegex(@"Imported fact (\d{5})\.")]
        private static partial Regex ItemNumber();
    }

    /// <summary>A clock whose timers fire at once: the import's pauses are recorded, not waited for.</summary>
    private sealed class SkippingClock : TimeProvider
    {
        public ConcurrentQueue<TimeSpan> Waits { get; } = new();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Waits.Enqueue(dueTime);
            callback(state);
            return new Fired();
        }

        private sealed class Fired : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => false;

            public void Dispose() { }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    /// <summary>Runs only when <see cref="CountVariable"/> is set.</summary>
    private sealed class SkippableFactIfNoCountAttribute : FactAttribute
    {
        public SkippableFactIfNoCountAttribute()
        {
            if (Environment.GetEnvironmentVariable(CountVariable) is null) Skip = $"Set {CountVariable} to measure an import of that size.";
        }
    }
}
