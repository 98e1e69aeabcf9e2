namespace MemoryClients.MemMachine.Api;

/// <summary>A body that names one semantic category: get, delete and set-ids of a category (self-hosted only).</summary>
public sealed record MemMachineSemanticCategoryRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The category.</summary>
    public required string CategoryId { get; init; }
}
