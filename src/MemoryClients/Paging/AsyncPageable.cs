using System.Runtime.CompilerServices;

namespace MemoryClients.Paging;

/// <summary>Creates <see cref="AsyncPageable{T}"/> instances, for example to return canned pages from a mock.</summary>
public static class AsyncPageable
{
    /// <summary>Creates a pageable from a function that fetches the page a token names (null: the first page).</summary>
    /// <remarks>
    /// Paging stops when a page has no continuation token or no items. The pageable fetches one page ahead of the caller;
    /// see <see cref="AsyncPageable{T}.WithPrefetch"/> to turn that off.
    /// </remarks>
    public static AsyncPageable<T> Create<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        return new FuncAsyncPageable<T>(fetchPage, prefetch: true, default);
    }

    /// <summary>
    /// A listing of the SDK's: <paramref name="listingToken"/> (the one its list method took) and the token of each walk
    /// are linked here, once, and <paramref name="fetchPage"/> gets the result.
    /// </summary>
    internal static AsyncPageable<T> Create<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage, CancellationToken listingToken) =>
        new FuncAsyncPageable<T>(fetchPage, prefetch: true, listingToken);
}

/// <summary>Pages fetched by a delegate, one page ahead of the caller or one at a time.</summary>
internal sealed class FuncAsyncPageable<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage, bool prefetch, CancellationToken listingToken)
    : AsyncPageable<T>
{
    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, CancellationToken cancellationToken = default) =>
        prefetch
            ? new ReadAheadPages<T>(token => OneAtATime(continuationToken, token), cancellationToken)
            : OneAtATime(continuationToken, cancellationToken);

    public override AsyncPageable<T> WithPrefetch(bool prefetch) => new FuncAsyncPageable<T>(fetchPage, prefetch, listingToken);

    /// <summary>The one walk of every pageable: fetch a page, hand it over, stop at a page without a token or without items.</summary>
    private async IAsyncEnumerable<Page<T>> OneAtATime(string? continuationToken, [EnumeratorCancellation] CancellationToken walkToken)
    {
        using var linked = listingToken.CanBeCanceled && walkToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(listingToken, walkToken) : null;
        var cancellationToken = linked?.Token ?? (walkToken.CanBeCanceled ? walkToken : listingToken);
        var token = continuationToken;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await fetchPage(token, cancellationToken).ConfigureAwait(false);
            yield return page;
            if (page.ContinuationToken is null || page.Items.Count == 0)
                yield break;
            token = page.ContinuationToken;
        }
    }
}
