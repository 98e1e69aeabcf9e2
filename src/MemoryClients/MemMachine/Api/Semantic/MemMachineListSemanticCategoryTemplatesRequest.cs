namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/category/template/list</c> (self-hosted only).</summary>
public sealed record MemMachineListSemanticCategoryTemplatesRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The set type whose templates to list.</summary>
    public required string SetTypeId { get; init; }
}
