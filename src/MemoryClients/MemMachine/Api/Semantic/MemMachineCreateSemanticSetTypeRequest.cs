namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/set_type</c> (self-hosted only): a kind of semantic set keyed by metadata tags.</summary>
public sealed record MemMachineCreateSemanticSetTypeRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Whether the set type belongs to the organisation rather than the project; the server default is false.</summary>
    public bool? IsOrgLevel { get; init; }

    /// <summary>The metadata keys whose values identify a set of this type.</summary>
    public required IReadOnlyList<string> MetadataTags { get; init; }

    /// <summary>A display name.</summary>
    public string? Name { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }
}
