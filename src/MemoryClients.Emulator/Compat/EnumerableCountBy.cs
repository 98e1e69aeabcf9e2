#if !NET9_0_OR_GREATER
namespace MemoryClients.Emulator.Compat;

/// <summary>net8.0 only: .NET 9's <c>Enumerable.CountBy</c>, so the dashboard's counts compile unchanged on both targets.</summary>
internal static class EnumerableCountBy
{
    /// <summary>How many elements of <paramref name="source"/> share each key.</summary>
    public static IEnumerable<KeyValuePair<TKey, int>> CountBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        where TKey : notnull
    {
        var counts = new Dictionary<TKey, int>();
        foreach (var item in source)
        {
            var key = keySelector(item);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
#endif
