using System.Diagnostics;

namespace MemoryClients.Http;

/// <summary>
/// The system clock, with timers that fire on one dedicated background thread instead of the thread pool. The
/// synchronous clients' timeouts use it: their callers are often thread-pool threads, and when enough of them block, the
/// pool has no thread left to run an ordinary timer's callback, so a 1 s timeout used to fire many seconds late. The
/// callbacks run here only cancel a token (which closes a blocked connection) and must never block.
/// </summary>
internal sealed class DedicatedThreadTimers : TimeProvider
{
    public static DedicatedThreadTimers Instance { get; } = new();

    private readonly object _gate = new();
    private readonly SortedSet<DedicatedTimer> _due = new(DueOrder.Instance);
    private long _sequence;
    private Thread? _thread;

    private DedicatedThreadTimers() { }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new DedicatedTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(DedicatedTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _due.Remove(timer);
            timer.Period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
                return;
            timer.DueAt = GetTimestamp() + (long)(dueTime.TotalSeconds * Stopwatch.Frequency);
            timer.Sequence = ++_sequence;
            _due.Add(timer);
            if (_thread is null)
            {
                _thread = new Thread(Run) { IsBackground = true, Name = "MemoryClients timeouts" };
                _thread.Start();
            }
            else if (ReferenceEquals(_due.Min, timer))
            {
                Monitor.Pulse(_gate);
            }
        }
    }

    private void Unschedule(DedicatedTimer timer)
    {
        lock (_gate)
            _due.Remove(timer);
    }

    private void Run()
    {
        while (true)
        {
            DedicatedTimer next;
            lock (_gate)
            {
                if (_due.Min is not { } first)
                {
                    Monitor.Wait(_gate);
                    continue;
                }
                var wait = first.DueAt - GetTimestamp();
                if (wait > 0)
                {
                    Monitor.Wait(_gate, TimeSpan.FromSeconds(Math.Min((double)wait / Stopwatch.Frequency, int.MaxValue / 1000.0)));
                    continue;
                }
                next = first;
                _due.Remove(next);
                if (next.Period > TimeSpan.Zero)
                {
                    next.DueAt += (long)(next.Period.TotalSeconds * Stopwatch.Frequency);
                    next.Sequence = ++_sequence;
                    _due.Add(next);
                }
            }
            try
            {
                next.Fire();
            }
            catch (Exception error)
            {
                // A failing callback must not stop every other client's timeouts; there is no caller to hand it to.
                Trace.TraceError($"MemoryClients timeout callback failed: {error}");
            }
        }
    }

    private sealed class DedicatedTimer(DedicatedThreadTimers owner, TimerCallback callback, object? state) : ITimer
    {
        public long DueAt { get; set; }

        public long Sequence { get; set; }

        public TimeSpan Period { get; set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Schedule(this, dueTime, period);
            return true;
        }

        public void Dispose() => owner.Unschedule(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class DueOrder : IComparer<DedicatedTimer>
    {
        public static readonly DueOrder Instance = new();

        public int Compare(DedicatedTimer? x, DedicatedTimer? y) =>
            (x!.DueAt, x.Sequence).CompareTo((y!.DueAt, y.Sequence));
    }
}
