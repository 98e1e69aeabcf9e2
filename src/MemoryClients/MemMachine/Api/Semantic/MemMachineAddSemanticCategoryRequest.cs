namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/category</c> (self-hosted only): adds a category to a set.</summary>
public sealed record MemMachineAddSemanticCategoryRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The set to add the category to.</summary>
    public required string SetId { get; init; }

    /// <summary>The category name.</summary>
    public required string CategoryName { get; init; }

    /// <summary>The extraction prompt.</summary>
    public required string Prompt { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }
}
