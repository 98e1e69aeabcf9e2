using MemoryClients.Paging;

namespace MemoryClients.LoadTest;

/// <summary>Applies the harness's prefetch setting to a pageable.</summary>
internal static class Pageables
{
    /// <summary>Returns the pageable as the SDK makes it ("default"); other settings arrive with the paging options.</summary>
    public static AsyncPageable<T> Configure<T>(AsyncPageable<T> pageable, string prefetch) =>
        prefetch == "default" ? pageable : throw new NotSupportedException($"Prefetch setting '{prefetch}' is not available in this build.");
}
