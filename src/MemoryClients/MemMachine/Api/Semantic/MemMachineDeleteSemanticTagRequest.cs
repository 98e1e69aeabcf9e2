namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/category/tag/delete</c> (self-hosted only).</summary>
public sealed record MemMachineDeleteSemanticTagRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The tag to delete.</summary>
    public required string TagId { get; init; }
}
