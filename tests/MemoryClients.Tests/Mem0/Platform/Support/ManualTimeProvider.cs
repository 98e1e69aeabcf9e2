namespace MemoryClients.Tests.Mem0.Platform.Support;

/// <summary>
/// A clock that only moves when the test calls <see cref="Advance"/>; timers fire then, never on their own.
/// Lets polling code be tested without real waiting.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<TimeSpan> _requested = [];
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every finite due time a timer was set to, in order.</summary>
    public IReadOnlyList<TimeSpan> RequestedDueTimes
    {
        get
        {
            lock (_gate)
                return [.. _requested];
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
            return _now;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward and fires the timers that are due, on the thread pool.</summary>
    public void Advance(TimeSpan delta)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += delta;
            due = _timers.Where(t => t.Due <= _now).ToList();
            foreach (var timer in due)
            {
                if (timer.Period > TimeSpan.Zero && timer.Period != Timeout.InfiniteTimeSpan)
                    timer.Due = _now + timer.Period;
                else
                    _timers.Remove(timer);
            }
        }
        foreach (var timer in due)
            ThreadPool.QueueUserWorkItem(static t => t.Fire(), timer, preferLocal: false);
    }

    /// <summary>Completes once some timer is due within <paramref name="window"/> from now (for example a poll delay).</summary>
    public async Task WaitForTimerWithinAsync(TimeSpan window)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_timers.Any(t => t.Due <= _now + window))
                    return;
                changed = _changed.Task;
            }
            await changed;
        }
    }

    private void Set(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                timer.Due = _now + dueTime;
                timer.Period = period;
                _timers.Add(timer);
                _requested.Add(dueTime);
            }
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate)
            _timers.Remove(timer);
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset Due { get; set; }

        public TimeSpan Period { get; set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Set(this, dueTime, period);
            return true;
        }

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
