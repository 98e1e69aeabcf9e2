namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/category/disable</c> (self-hosted only): stops one set using a category.</summary>
public sealed record MemMachineDisableSemanticCategoryRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The set.</summary>
    public required string SetId { get; init; }

    /// <summary>The category to disable in that set.</summary>
    public required string CategoryName { get; init; }
}
