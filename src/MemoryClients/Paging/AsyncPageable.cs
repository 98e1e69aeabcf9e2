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
        return new FuncAsyncPageable<T>(fetchPage, prefetch: true);
    }
}

/// <summary>Pages fetched by a delegate, one page ahead of the caller or one at a time.</summary>
internal sealed class FuncAsyncPageable<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage, bool prefetch) : AsyncPageable<T>
{
    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, CancellationToken cancellationToken = default) =>
        prefetch
            ? new ReadAheadPages<T>(token => OneAtATime(continuationToken, token), cancellationToken)
            : OneAtATime(continuationToken, cancellationToken);

    public override AsyncPageable<T> WithPrefetch(bool prefetch) => new FuncAsyncPageable<T>(fetchPage, prefetch);

    private async IAsyncEnumerable<Page<T>> OneAtATime(string? continuationToken, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
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
