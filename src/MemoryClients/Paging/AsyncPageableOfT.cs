namespace MemoryClients.Paging;

/// <summary>
/// A lazily fetched sequence of items spread over pages. <c>await foreach</c> walks every item, fetching a page
/// only when the previous one is used up; <see cref="AsPages"/> gives page-level control.
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
}
