namespace MemoryClients.Paging;

/// <summary>
/// Pages read one ahead of the caller: handing a page over starts the request for the next.
/// </summary>
/// <remarks>
/// The source is enumerated with a token that is cancelled when the caller's is, or when the caller stops enumerating;
/// the read-ahead is then awaited, so no request outlives the enumeration. A read-ahead's error or cancellation is kept
/// and surfaces on the caller's request for that page. Only one source call is ever in flight.
/// </remarks>
internal sealed class ReadAheadPages<T>(Func<CancellationToken, IAsyncEnumerable<Page<T>>> source, CancellationToken asPagesToken)
    : IAsyncEnumerable<Page<T>>
{
    /// <summary>Starts a walk, cancelled by the token given to <c>AsPages</c> or this one (<c>WithCancellation</c>).</summary>
    public IAsyncEnumerator<Page<T>> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(asPagesToken, cancellationToken);
        return new Enumerator(source(stop.Token).GetAsyncEnumerator(stop.Token), stop);
    }

    private sealed class Enumerator(IAsyncEnumerator<Page<T>> pages, CancellationTokenSource stop) : IAsyncEnumerator<Page<T>>
    {
        private Task<bool>? _ahead;

        public Page<T> Current { get; private set; } = null!;

        public async ValueTask<bool> MoveNextAsync()
        {
            // A page read ahead before the caller cancelled is not handed over after it.
            stop.Token.ThrowIfCancellationRequested();
            var next = _ahead ?? Advance();
            _ahead = null;
            if (!await next.ConfigureAwait(false))
                return false;
            Current = pages.Current;
            if (!stop.IsCancellationRequested)
                _ahead = Advance();
            return true;
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync().ConfigureAwait(false);
            if (_ahead is { } ahead)
            {
                _ahead = null;
                try
                {
                    await ahead.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // The caller stopped before asking for this page: its outcome, cancellation included, is nobody's.
                }
            }
            await pages.DisposeAsync().ConfigureAwait(false);
            stop.Dispose();
        }

        // A source that throws instead of returning a faulted task still fails on the page it was fetching.
        private Task<bool> Advance()
        {
            try
            {
                return pages.MoveNextAsync().AsTask();
            }
            catch (Exception exception)
            {
                return Task.FromException<bool>(exception);
            }
        }
    }
}
