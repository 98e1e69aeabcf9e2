using MemoryClients.Paging;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>Small helpers for enumerating SDK pageables in tests.</summary>
public static class EndToEndExtensions
{
    /// <summary>Every item of every page, fetched lazily by the pageable.</summary>
    public static async Task<List<T>> CollectAsync<T>(this IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    /// <summary>Every page, in order.</summary>
    public static Task<List<Page<T>>> CollectPagesAsync<T>(this AsyncPageable<T> pageable, string? continuationToken = null) =>
        pageable.AsPages(continuationToken).CollectAsync();
}
