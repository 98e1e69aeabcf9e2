namespace MemoryClients.MemMachine.Api;

/// <summary>A category template of a set type.</summary>
public sealed record MemMachineSemanticCategoryTemplate : ApiModel
{
    /// <summary>The category id, when sent.</summary>
    public string? Id { get; init; }

    /// <summary>The category name.</summary>
    public string Name { get; init; } = "";

    /// <summary>What the category came from, when sent.</summary>
    public string? OriginType { get; init; }

    /// <summary>The id of what the category came from, when sent.</summary>
    public string? OriginId { get; init; }

    /// <summary>Whether the category is inherited, when sent.</summary>
    public bool? Inherited { get; init; }
}
