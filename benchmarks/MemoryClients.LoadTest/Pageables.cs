using MemoryClients.Paging;

namespace MemoryClients.LoadTest;

/// <summary>Applies the harness's prefetch setting to a pageable.</summary>
internal static class Pageables
{
    /// <summary>"default" leaves the pageable as the SDK makes it (one page ahead); "off" turns prefetch off.</summary>
    public static AsyncPageable<T> Configure<T>(AsyncPageable<T> pageable, string prefetch) => prefetch switch
    {
        "default" => pageable,
        "off" => pageable.WithPrefetch(false),
        _ => throw new ArgumentException($"Unknown prefetch setting '{prefetch}'.", nameof(prefetch)),
    };
}
