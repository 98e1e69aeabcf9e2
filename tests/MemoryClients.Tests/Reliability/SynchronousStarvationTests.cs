using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MemoryClients.Errors;
using MemoryClients.Http;

namespace MemoryClients.Tests.Reliability;

/// <summary>Runs <see cref="SynchronousStarvationTests"/> outside the parallel collections.</summary>
[CollectionDefinition(nameof(SynchronousStarvationTests), DisableParallelization = true)]
public sealed class SerialStarvation;

/// <summary>
/// The synchronous client called from thread-pool threads, enough of them to starve the pool: each call's timeout must
/// still fire on time, because the blocking path's timers run on their own thread. Runs alone: it starves the pool on
/// purpose, which would slow every test running beside it.
/// </summary>
[Collection(nameof(SynchronousStarvationTests))]
public sealed class SynchronousStarvationTests
{
    [Fact]
    public async Task Timeouts_fire_on_time_when_synchronous_callers_starve_the_thread_pool()
    {
        // A listener that never accepts: the kernel completes each connection and buffers the request; no answer ever comes.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(512);
        var options = FaultMatrixTests.Options(MemoryProvider.Mem0, ((IPEndPoint)listener.LocalEndPoint!).Port);
        options.Resilience.MaxRetries = 0;
        options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(1);
        options.Resilience.TotalTimeout = TimeSpan.FromSeconds(1);
        using var client = new MemoryClient(options);

        // Each caller times its own call, from entering Search to its error, so the pool's delay in starting it is not counted.
        var calls = Enumerable.Range(0, 24).Select(i => Task.Run(() =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                client.Search("tea", MemoryScope.ForUser($"u{i}"));
                return (Error: (Exception?)null, Took: Stopwatch.GetElapsedTime(started));
            }
            catch (Exception error)
            {
                return (Error: error, Took: Stopwatch.GetElapsedTime(started));
            }
        })).ToArray();
        var results = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromMinutes(2));

        results.Should().AllSatisfy(r => r.Error.Should().BeOfType<MemoryNetworkException>().Which.ErrorCode.Should().Be(MemoryNetworkException.TimeoutCode));
        // One second of timeout, plus generous slack for a busy machine; before the timers had their own thread, the
        // slowest call here took over 10 s.
        results.Max(r => r.Took).Should().BeLessThan(TimeSpan.FromSeconds(4));
    }

    [Fact]
    public void Dedicated_timers_fire_in_due_order_and_a_disposed_or_re_armed_timer_does_not_fire_early()
    {
        var fired = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var done = new ManualResetEventSlim();
        var timers = DedicatedThreadTimers.Instance;
        using var late = timers.CreateTimer(_ => { fired.Enqueue("late"); done.Set(); }, null, TimeSpan.FromMilliseconds(300), Timeout.InfiniteTimeSpan);
        using var early = timers.CreateTimer(_ => fired.Enqueue("early"), null, TimeSpan.FromMilliseconds(50), Timeout.InfiniteTimeSpan);
        using var disposed = timers.CreateTimer(_ => fired.Enqueue("disposed"), null, TimeSpan.FromMilliseconds(100), Timeout.InfiniteTimeSpan);
        using var moved = timers.CreateTimer(_ => fired.Enqueue("moved"), null, TimeSpan.FromMilliseconds(20), Timeout.InfiniteTimeSpan);
        disposed.Dispose();
        moved.Change(TimeSpan.FromMilliseconds(200), Timeout.InfiniteTimeSpan);

        done.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue();

        fired.Should().Equal("early", "moved", "late");
    }
}
