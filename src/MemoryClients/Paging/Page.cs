namespace MemoryClients.Paging;

/// <summary>One page of results, and how to ask for the next one.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T>
{
    /// <summary>Creates a page.</summary>
    public Page(IReadOnlyList<T> items, string? continuationToken, int? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        ContinuationToken = continuationToken;
        TotalCount = totalCount;
    }

    /// <summary>The items on this page, in the service's order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>An opaque token that fetches the next page; null on the last page.</summary>
    public string? ContinuationToken { get; }

    /// <summary>The total number of items across all pages, when the service reports it.</summary>
    public int? TotalCount { get; }
}
