using MemoryClients.Filters;

namespace MemoryClients.Extensions.AI;

/// <summary>Settings of the memory tools returned by <see cref="MemoryToolExtensions.AsAITools"/>.</summary>
public sealed class MemoryToolOptions
{
    /// <summary>How many memories <c>search_memories</c> returns when the model does not say. Default 5.</summary>
    public int DefaultTopK { get; set; } = 5;

    /// <summary>The most memories one <c>search_memories</c> or <c>list_memories</c> call returns, 1 to 200. Default 50.</summary>
    public int MaxResults { get; set; } = 50;

    /// <summary>Whether the model may change memory: true (the default) adds <c>add_memory</c> and <c>delete_memory</c>; false gives search and list only.</summary>
    public bool AllowWrites { get; set; } = true;

    /// <summary>An extra condition ANDed with the scope for search, list and delete, narrowing what the tools can reach.</summary>
    public MemoryFilter? Filter { get; set; }

    /// <summary>Metadata and inference settings for <c>add_memory</c>; null takes the provider's defaults.</summary>
    public MemoryAddOptions? AddOptions { get; set; }

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="paramName"/> when a setting is out of range.</summary>
    internal void Validate(string paramName)
    {
        if (MaxResults is < 1 or > 200)
            throw new ArgumentException($"MaxResults must be between 1 and 200 (was {MaxResults}).", paramName);
        if (DefaultTopK < 1 || DefaultTopK > MaxResults)
            throw new ArgumentException($"DefaultTopK must be between 1 and MaxResults ({MaxResults}) (was {DefaultTopK}).", paramName);
    }
}
