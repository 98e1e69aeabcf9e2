namespace MemoryClients;

/// <summary>What to change in a memory; only what is set is sent.</summary>
public sealed record MemoryUpdateOptions : MemoryCallOptions
{
    /// <summary>The new text.</summary>
    public string? Text { get; init; }

    /// <summary>The new metadata (replaces the old).</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
