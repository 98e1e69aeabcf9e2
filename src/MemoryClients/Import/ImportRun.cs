using System.Net;
using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using MemoryClients.Errors;
using Polly;
using Polly.Timeout;

namespace MemoryClients.Import;

/// <summary>
/// One import: a single loop reads the source, starts adds up to the current concurrency and settles each add as it
/// ends. Only the loop touches the counts, the queue and the pause, so none of them needs a lock.
/// </summary>
internal sealed class ImportRun(IMemoryClient client, MemoryImportOptions options, IProgress<MemoryImportProgress>? progress, long? total)
{
    private readonly TimeProvider _time = options.TimeProvider;
    private readonly List<Task<Sent>> _inFlight = [];
    private readonly Queue<Entry> _resend = new();
    private readonly List<MemoryImportFailure> _failed = [];
    private readonly List<MemoryImportFailure> _mayHaveBeenStored = [];
    private long _read;
    private long _stored;
    private long _throttled;
    private int _concurrency = options.MaxConcurrency;
    private int _peak;
    private int _successesAtThisConcurrency;
    private int _throttlesInARow;
    // Raised each time the concurrency is lowered: a throttle of an add sent before that has already been answered for.
    private int _generation;
    private DateTimeOffset _pausedUntil;
    private ITimer? _pauseTimer;
    private Task _pauseEnds = Task.CompletedTask;

    private bool IsPaused => !_pauseEnds.IsCompleted;

    public async Task<MemoryImportResult> RunAsync(IAsyncEnumerable<MemoryImportItem> items, CancellationToken cancellationToken)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() => cancelled.TrySetResult());
        var source = items.GetAsyncEnumerator(cancellationToken);
        var sourceDone = false;
        ExceptionDispatchInfo? sourceError = null;
        try
        {
            while (true)
            {
                var stopping = cancellationToken.IsCancellationRequested || sourceError is not null;
                if (!stopping && !IsPaused && _inFlight.Count < _concurrency)
                {
                    if (_resend.TryDequeue(out var again))
                    {
                        Send(again);
                        continue;
                    }
                    if (!sourceDone)
                    {
                        try
                        {
                            if (await source.MoveNextAsync().ConfigureAwait(false))
                            {
                                var item = source.Current ?? throw new ArgumentException($"The item at index {_read} is null.", nameof(items));
                                Send(new Entry(_read++, item, 0, null));
                            }
                            else
                            {
                                sourceDone = true;
                            }
                        }
                        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                        {
                        }
                        catch (Exception e)
                        {
                            sourceError = ExceptionDispatchInfo.Capture(e);
                        }
                        continue;
                    }
                }
                if (_inFlight.Count == 0 && (stopping || (sourceDone && _resend.Count == 0)))
                    break;
                // Wait for an add to end, the pause to end or the caller to cancel; once stopping, only for the adds.
                var waits = new List<Task>(_inFlight);
                if (!stopping)
                {
                    waits.Add(cancelled.Task);
                    if (IsPaused) waits.Add(_pauseEnds);
                }
                await Task.WhenAny(waits).ConfigureAwait(false);
                Settle();
            }
        }
        finally
        {
            _pauseTimer?.Dispose();
            await source.DisposeAsync().ConfigureAwait(false);
        }
        sourceError?.Throw();
        return new MemoryImportResult
        {
            Read = _read,
            Stored = _stored,
            Failed = _failed,
            MayHaveBeenStored = _mayHaveBeenStored,
            NotSent = [.. _resend.Select(e => new MemoryImportFailure(e.Index, e.Item, e.LastError!))],
            IsCancelled = cancellationToken.IsCancellationRequested && (!sourceDone || _resend.Count > 0),
            Throttled = _throttled,
            PeakConcurrency = _peak,
        };
    }

    private void Send(Entry entry)
    {
        _inFlight.Add(AddAsync(entry, _generation));
        _peak = Math.Max(_peak, _inFlight.Count);
        Report();
    }

    private async Task<Sent> AddAsync(Entry entry, int generation)
    {
        var item = entry.Item;
        try
        {
            // The client does not retry: a throttle comes back here, where it pauses every send, not just this one.
            var addOptions = new MemoryAddOptions { Metadata = item.Metadata, Infer = item.Infer, MaxRetries = 0 };
            // Not the caller's token: an add that was sent runs to its answer, so it is counted, never left unknown.
            await client.AddAsync(item.Messages, item.Scope, addOptions, CancellationToken.None).ConfigureAwait(false);
            return new Sent(entry, generation, null);
        }
        catch (Exception e)
        {
            return new Sent(entry, generation, e);
        }
    }

    private void Settle()
    {
        var ended = _inFlight.Where(t => t.IsCompleted).ToList();
        foreach (var task in ended)
        {
            _inFlight.Remove(task);
            var sent = task.Result;
            switch (Classify(sent.Error))
            {
                case Outcome.Stored:
                    _stored++;
                    // Only an add sent since the last throttle signal shows the service has recovered.
                    if (sent.Generation == _generation) _throttlesInARow = 0;
                    // Additive increase: one more slot after as many successes as there are slots.
                    if (++_successesAtThisConcurrency >= _concurrency && _concurrency < options.MaxConcurrency)
                    {
                        _concurrency++;
                        _successesAtThisConcurrency = 0;
                    }
                    break;
                case Outcome.Throttled:
                    Throttle(sent);
                    break;
                case Outcome.Failed:
                    _failed.Add(new MemoryImportFailure(sent.Entry.Index, sent.Entry.Item, sent.Error!));
                    break;
                default:
                    _mayHaveBeenStored.Add(new MemoryImportFailure(sent.Entry.Index, sent.Entry.Item, sent.Error!));
                    break;
            }
        }
        if (ended.Count > 0) Report();
    }

    private void Throttle(Sent sent)
    {
        _throttled++;
        var entry = sent.Entry;
        if (entry.Retries >= options.MaxRetries)
            _failed.Add(new MemoryImportFailure(entry.Index, entry.Item, sent.Error!));
        else
            _resend.Enqueue(entry with { Retries = entry.Retries + 1, LastError = sent.Error });
        // Multiplicative decrease, once per throttle signal: adds already in flight when it came do not lower it again.
        if (sent.Generation == _generation)
        {
            _generation++;
            _concurrency = Math.Max(1, _concurrency / 2);
            _successesAtThisConcurrency = 0;
            _throttlesInARow++;
        }
        var wait = RetryAfter(sent.Error!) ?? Backoff();
        PauseFor(wait < options.MaxDelay ? wait : options.MaxDelay);
    }

    private TimeSpan Backoff()
    {
        var doublings = Math.Min(_throttlesInARow - 1, 30);
        var wait = options.BaseDelay.Ticks * (1L << Math.Max(doublings, 0));
        return wait < 0 || wait > options.MaxDelay.Ticks ? options.MaxDelay : TimeSpan.FromTicks(wait);
    }

    /// <summary>Stops every send until <paramref name="wait"/> from now, unless a pause already lasts longer.</summary>
    private void PauseFor(TimeSpan wait)
    {
        var until = _time.GetUtcNow() + wait;
        if (wait <= TimeSpan.Zero || (IsPaused && until <= _pausedUntil)) return;
        _pauseTimer?.Dispose();
        var ends = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pausedUntil = until;
        _pauseEnds = ends.Task;
        _pauseTimer = _time.CreateTimer(static state => ((TaskCompletionSource)state!).TrySetResult(), ends, wait, Timeout.InfiniteTimeSpan);
    }

    private void Report() => progress?.Report(new MemoryImportProgress
    {
        Total = total,
        Read = _read,
        Stored = _stored,
        Failed = _failed.Count,
        MayHaveBeenStored = _mayHaveBeenStored.Count,
        InFlight = _inFlight.Count,
        Concurrency = _concurrency,
        Throttled = _throttled,
        PausedUntil = IsPaused ? _pausedUntil : null,
    });

    /// <summary>The wait a throttle asked for: a 429's <c>Retry-After</c>, or a 503's header; null when it named none.</summary>
    private TimeSpan? RetryAfter(Exception error)
    {
        if (error is MemoryRateLimitException rateLimit) return rateLimit.RetryAfter;
        if (error is not MemoryApiException api || !api.ResponseHeaders.TryGetValue("Retry-After", out var text)
            || !RetryConditionHeaderValue.TryParse(text, out var header))
            return null;
        var wait = header.Delta ?? (header.Date - _time.GetUtcNow());
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>What became of an add, by the rule that a write the service may have acted on is never sent again.</summary>
    private static Outcome Classify(Exception? error) => error switch
    {
        null => Outcome.Stored,
        MemoryApiException { RequestMayHaveBeenProcessed: true } => Outcome.MayHaveBeenStored,
        // The service provably did nothing and asked for less: safe to send again, later.
        MemoryRateLimitException or MemoryApiException { StatusCode: HttpStatusCode.ServiceUnavailable } or MemoryNetworkException => Outcome.Throttled,
        MemoryApiException or ArgumentException or NotSupportedException => Outcome.Failed,
        // A strategy of the caller's pipeline (an open circuit, a rate limiter) refused the add before it was sent.
        ExecutionRejectedException and not TimeoutRejectedException => Outcome.Failed,
        // An error the SDK does not know (a handler of the caller's): the add may have reached the service.
        _ => Outcome.MayHaveBeenStored,
    };

    private enum Outcome
    {
        Stored,
        Throttled,
        Failed,
        MayHaveBeenStored,
    }

    /// <summary>An item, where it stood in the source, and how often it has been sent again after a throttle.</summary>
    private sealed record Entry(long Index, MemoryImportItem Item, int Retries, Exception? LastError);

    /// <summary>An add that ended: its item, the concurrency generation it was sent in, and its error if it failed.</summary>
    private sealed record Sent(Entry Entry, int Generation, Exception? Error);
}
