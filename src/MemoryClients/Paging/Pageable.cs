using MemoryClients.Http;

namespace MemoryClients.Paging;

/// <summary>
/// A lazily fetched sequence of items spread over pages, read by blocking calls: <c>foreach</c> walks every item;
/// <see cref="AsPages"/> gives page-level control. The synchronous twin of <see cref="AsyncPageable{T}"/>: it runs the same
/// listing, one page at a time, on the synchronous path.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public class Pageable<T> : IEnumerable<T>
{
    private readonly AsyncPageable<T> _pages = null!;

    /// <summary>For mocking frameworks only.</summary>
    protected Pageable() { }

    internal Pageable(AsyncPageable<T> pages) => _pages = pages.WithPrefetch(false);

    /// <summary>Walks the pages, starting at <paramref name="continuationToken"/> (null for the first page).</summary>
    /// <param name="continuationToken">The token of the page to start at; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IEnumerable<Page<T>> AsPages(string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        var pages = _pages.AsPages(continuationToken, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            // The flag is set around each fetch only: the caller's code between pages must not run as a blocking call.
            while (Completed.Blocking(pages.MoveNextAsync))
                yield return pages.Current;
        }
        finally
        {
            Completed.Blocking(pages.DisposeAsync);
        }
    }

    /// <summary>Walks every item on every page.</summary>
    public virtual IEnumerator<T> GetEnumerator()
    {
        foreach (var page in AsPages())
        {
            foreach (var item in page.Items)
                yield return item;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
