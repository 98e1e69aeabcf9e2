using MemoryClients.Filters;

namespace MemoryClients;

/// <summary>Provider-neutral settings of a search; a null property takes the provider's default.</summary>
public sealed record MemorySearchOptions : MemoryCallOptions
{
    /// <summary>The most results (Mem0 <c>top_k</c>, 1 to 1000; MemMachine <c>top_k</c> per store, and the merged list is cut to it).</summary>
    public int? TopK { get; init; }

    /// <summary>The lowest score a result may have (Mem0 <c>threshold</c>, 0 to 1; MemMachine <c>score_threshold</c>).</summary>
    public double? Threshold { get; init; }

    /// <summary>An extra condition, ANDed with the scope's filter.</summary>
    public MemoryFilter? Filter { get; init; }
}
