using System.Runtime.CompilerServices;

namespace MemoryClients.Paging;

/// <summary>Creates <see cref="AsyncPageable{T}"/> instances, for example to return canned pages from a mock.</summary>
public static class AsyncPageable
{
    /// <summary>Creates a pageable from a function that fetches the page a token names (null: the first page).</summary>
    /// <remarks>Paging stops when a page has no continuation token or no items.</remarks>
    public static AsyncPageable<T> Create<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        return new FuncAsyncPageable<T>(fetchPage);
    }
}

/// <summary>Pages fetched one at a time by a delegate.</summary>
internal sealed class FuncAsyncPageable<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage) : AsyncPageable<T>
{
    public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
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
