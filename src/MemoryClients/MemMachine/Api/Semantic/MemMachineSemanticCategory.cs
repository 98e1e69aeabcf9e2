namespace MemoryClients.MemMachine.Api;

/// <summary>A semantic category: what the extractor looks for, and how it is told to.</summary>
public sealed record MemMachineSemanticCategory : ApiModel
{
    /// <summary>The category id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The category name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The extraction prompt of the category.</summary>
    public string Prompt { get; init; } = "";

    /// <summary>The description, when set.</summary>
    public string? Description { get; init; }
}
