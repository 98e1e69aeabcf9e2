namespace MemoryClients.Tests.Support;

/// <summary>
/// A clock that only moves when a test advances it; timers fire in due order, on the advancing thread, as it passes them.
/// Starts at 2026-01-01T00:00:00Z. Lets retry delays, timeouts and polling be tested without real waiting.
/// Hand-written on purpose: Microsoft.Extensions.TimeProvider.Testing's FakeTimeProvider does not tell which timers are
/// pending or when they are due, which <see cref="DriveAsync{T}"/> needs to advance exactly to each retry or poll delay;
/// a tracking layer over it was tried and hung the timeout tests now and then, because that provider fires due timers
/// only from whichever thread holds its wake gate, not deterministically on the advancing thread as this one does.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    /// <summary>How long <see cref="DriveAsync{T}"/> waits for real when nothing the clock controls is pending.</summary>
    private static readonly TimeSpan StuckAfter = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private readonly List<TimeSpan> _requested = [];
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private TaskCompletionSource _timerSet = new(TaskCreationOptions.RunContinuationsAsynchronously);

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

    /// <summary>Every finite due time a timer was set to, in order.</summary>
    public IReadOnlyList<TimeSpan> RequestedDueTimes
    {
        get
        {
            lock (_gate)
                return [.. _requested];
        }
    }

    /// <summary>How far away the earliest pending timer is, if it is due within <paramref name="horizon"/> from now.</summary>
    public TimeSpan? NextDueWithin(TimeSpan horizon)
    {
        lock (_gate)
        {
            var due = _timers.Select(t => t.Due!.Value - _now).Where(d => d <= horizon).ToList();
            return due.Count == 0 ? null : due.Min();
        }
    }

    /// <summary>Completes once some timer is due within <paramref name="window"/> from now (for example a poll delay).</summary>
    public async Task WaitForTimerWithinAsync(TimeSpan window)
    {
        while (true)
        {
            Task timerSet;
            lock (_gate)
            {
                if (_timers.Any(t => t.Due <= _now + window))
                    return;
                timerSet = _timerSet.Task;
            }
            await timerSet;
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
                next = _timers.Where(t => t.Due <= target).MinBy(t => t.Due);
                if (next is null)
                {
                    _now = target;
                    return;
                }
                _now = next.Due!.Value;
                next.Due = next.Period > TimeSpan.Zero ? _now + next.Period : null;
                if (next.Due is null)
                    _timers.Remove(next);
            }
            next.Fire();
        }
    }

    /// <summary>
    /// Awaits <paramref name="operation"/>, advancing the clock to each timer it waits on that is due within
    /// <paramref name="horizon"/> (retry delays, poll intervals), so longer timers (such as timeouts) never fire.
    /// </summary>
    public async Task<T> DriveAsync<T>(Task<T> operation, TimeSpan? horizon = null)
    {
        var limit = horizon ?? TimeSpan.FromSeconds(59);
        while (!operation.IsCompleted)
        {
            if (NextDueWithin(limit) is { } due)
            {
                Advance(due);
                continue;
            }
            try
            {
                await Task.WhenAny(operation, WaitForTimerWithinAsync(limit)).WaitAsync(StuckAfter);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException("The operation did not finish: it waits on a timer beyond the horizon, or on nothing the clock controls.");
            }
        }
        return await operation;
    }

    private void Set(FakeTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        TaskCompletionSource timerSet;
        lock (_gate)
        {
            _timers.Remove(timer);
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            timer.Due = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            if (timer.Due is null)
                return;
            _timers.Add(timer);
            _requested.Add(dueTime);
            timerSet = _timerSet;
            _timerSet = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        timerSet.TrySetResult();
        if (dueTime == TimeSpan.Zero)
            Advance(TimeSpan.Zero);
    }

    private void Remove(FakeTimer timer)
    {
        lock (_gate)
            _timers.Remove(timer);
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? Due { get; set; }

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
