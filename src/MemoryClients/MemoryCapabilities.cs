namespace MemoryClients;

/// <summary>What a provider can do through <see cref="IMemoryClient"/>; an operation it cannot do throws <see cref="NotSupportedException"/>.</summary>
public sealed record MemoryCapabilities
{
    /// <summary>What Mem0 can do: everything.</summary>
    public static MemoryCapabilities Mem0 { get; } = new()
    {
        Provider = MemoryProvider.Mem0,
        CanGet = true,
        CanUpdate = true,
        ReturnsCategories = true,
        AddIsAsynchronous = true,
    };

    /// <summary>What MemMachine can do: no get by id, no update; adds are stored at once.</summary>
    public static MemoryCapabilities MemMachine { get; } = new()
    {
        Provider = MemoryProvider.MemMachine,
        CanGet = false,
        CanUpdate = false,
        ReturnsCategories = false,
        AddIsAsynchronous = false,
    };

    /// <summary>The provider described.</summary>
    public MemoryProvider Provider { get; init; }

    /// <summary>Whether <see cref="IMemoryClient.GetAsync"/> works.</summary>
    public bool CanGet { get; init; }

    /// <summary>Whether <see cref="IMemoryClient.UpdateAsync"/> works.</summary>
    public bool CanUpdate { get; init; }

    /// <summary>Whether delete by id works (always true: Mem0 memories, MemMachine episodes and features).</summary>
    public bool CanDelete { get; init; } = true;

    /// <summary>Whether deleting every memory of a scope works (always true; MemMachine lists then deletes).</summary>
    public bool CanDeleteAll { get; init; } = true;

    /// <summary>Whether records carry service-assigned categories.</summary>
    public bool ReturnsCategories { get; init; }

    /// <summary>Whether an add with inference may finish in the background (Mem0 events), so reads can lag behind it.</summary>
    public bool AddIsAsynchronous { get; init; }

    /// <summary>The capabilities of <paramref name="provider"/>.</summary>
    public static MemoryCapabilities For(MemoryProvider provider) => provider switch
    {
        MemoryProvider.Mem0 => Mem0,
        MemoryProvider.MemMachine => MemMachine,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Provider must be Mem0 or MemMachine."),
    };
}
