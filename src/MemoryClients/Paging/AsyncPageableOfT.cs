namespace MemoryClients.Paging;

/// <summary>
/// A lazily fetched sequence of items spread over pages. <c>await foreach</c> walks every item; <see cref="AsPages"/>
/// gives page-level control. Pageables made by the SDK fetch one page ahead of the caller (see <see cref="WithPrefetch"/>).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>Walks the pages, starting at <paramref name="continuationToken"/> (null for the first page).</summary>
    public abstract IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>Walks every item on every page.</summary>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
                yield return item;
        }
    }

    /// <summary>
    /// The same pages, fetched one page ahead of the caller (<paramref name="prefetch"/> true, the SDK's default), or each
    /// only when asked for (false).
    /// </summary>
    /// <remarks>
    /// With prefetch, the next page is requested as each page is handed over, so the service works while you do. If you
    /// read only the first page (a page of results in a web app, a peek), the second was requested in vain: pass
    /// <c>false</c>, or call the one-page method (<c>ListPageAsync</c>). With prefetch, at most one request is in flight
    /// ahead of you; an error or a cancellation of the page fetched ahead surfaces when you ask for that page; when you
    /// stop enumerating, the fetch in flight is cancelled and nothing more is requested. Pass <c>false</c> to keep at most
    /// one request in flight and nothing fetched in vain. This base implementation wraps the pageable for <c>true</c>
    /// and returns it unchanged for <c>false</c>.
    /// </remarks>
    /// <param name="prefetch">Whether to fetch one page ahead.</param>
    public virtual AsyncPageable<T> WithPrefetch(bool prefetch) => prefetch ? new ReadAheadPageable<T>(this) : this;
}

/// <summary>Any pageable, read one page ahead.</summary>
internal sealed class ReadAheadPageable<T>(AsyncPageable<T> source) : AsyncPageable<T>
{
    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, CancellationToken cancellationToken = default) =>
        new ReadAheadPages<T>(token => source.AsPages(continuationToken, token), cancellationToken);

    public override AsyncPageable<T> WithPrefetch(bool prefetch) => prefetch ? this : source;
}
