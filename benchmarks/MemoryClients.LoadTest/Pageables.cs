using MemoryClients.Paging;

namespace MemoryClients.LoadTest;

/// <summary>Applies the harness's prefetch setting to a pageable.</summary>
internal static class Pageables
{
    /// <summary>"default" leaves the pageable as the SDK makes it; "on" and "off" set prefetch explicitly.</summary>
    public static AsyncPageable<T> Configure<T>(AsyncPageable<T> pageable, string prefetch) => prefetch switch
    {
        "default" => pageable,
        "on" => pageable.WithPrefetch(true),
        "off" => pageable.WithPrefetch(false),
        _ => throw new ArgumentException($"Unknown prefetch setting '{prefetch}'.", nameof(prefetch)),
    };
}
