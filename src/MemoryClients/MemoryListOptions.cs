using MemoryClients.Filters;

namespace MemoryClients;

/// <summary>Provider-neutral settings of a listing; a null property takes the provider's default.</summary>
public sealed record MemoryListOptions : MemoryCallOptions
{
    /// <summary>How many records each request fetches, 1 to 200 (Mem0 <c>page_size</c>, MemMachine <c>page_size</c>).</summary>
    public int? PageSize { get; init; }

    /// <summary>An extra condition, ANDed with the scope's filter.</summary>
    public MemoryFilter? Filter { get; init; }
}
