namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/category/template</c> (self-hosted only): a category every set of a type inherits.</summary>
public sealed record MemMachineAddSemanticCategoryTemplateRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The set type the template belongs to.</summary>
    public required string SetTypeId { get; init; }

    /// <summary>The category name.</summary>
    public required string CategoryName { get; init; }

    /// <summary>The extraction prompt.</summary>
    public required string Prompt { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }
}
