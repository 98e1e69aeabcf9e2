namespace MemoryClients.Tests.Support;

/// <summary>A clock that only moves when a test advances it; timers fire in due order as it passes them.</summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
            return _now;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>The earliest pending timer that is due within <paramref name="horizon"/> from now, if any.</summary>
    public TimeSpan? NextDueWithin(TimeSpan horizon)
    {
        lock (_gate)
        {
            var due = _timers.Where(t => t.Due is not null).Select(t => t.Due!.Value - _now).Where(d => d <= horizon).ToList();
            return due.Count == 0 ? null : due.Min();
        }
    }

    /// <summary>Moves the clock forward, firing every timer that comes due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        var target = GetUtcNow() + by;
        while (true)
        {
            FakeTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due <= target).OrderBy(t => t.Due).FirstOrDefault();
                if (next is null)
                {
                    _now = target;
                    return;
                }
                _now = next.Due!.Value;
                next.Due = next.Period > TimeSpan.Zero ? _now + next.Period : null;
            }
            next.Fire();
        }
    }

    /// <summary>
    /// Runs <paramref name="operation"/>, advancing the clock to each short timer it waits on (retry delays),
    /// never past <paramref name="horizon"/> at a time, so timeouts longer than that do not fire.
    /// </summary>
    public async Task<T> DriveAsync<T>(Task<T> operation, TimeSpan? horizon = null)
    {
        var limit = horizon ?? TimeSpan.FromSeconds(59);
        for (var spins = 0; !operation.IsCompleted && spins < 10_000; spins++)
        {
            if (NextDueWithin(limit) is { } due)
                Advance(due);
            else
                await Task.Yield();
        }
        if (!operation.IsCompleted)
            throw new TimeoutException("The operation did not finish: it waits on a timer beyond the horizon, or on nothing the clock controls.");
        return await operation;
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? Due { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : owner._now + dueTime;
                if (Due is not null)
                    owner._timers.Add(this);
            }
            if (dueTime == TimeSpan.Zero)
                owner.Advance(TimeSpan.Zero);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
                owner._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
