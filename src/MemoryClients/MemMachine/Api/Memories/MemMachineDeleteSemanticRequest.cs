namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/delete</c>.</summary>
public sealed record MemMachineDeleteSemanticRequest
{
    /// <summary>The organisation id, sent only to self-hosted servers; omitted when null.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; on the cloud an empty string means the caller's default project; omitted when null.</summary>
    public string? ProjectId { get; init; }

    /// <summary>One feature id; self-hosted servers only, where it joins <see cref="SemanticIds"/>.</summary>
    public string? SemanticId { get; init; }

    /// <summary>The feature ids (<c>SemanticFeature.Metadata.Id</c>) to delete; the cloud requires at least one.</summary>
    public IReadOnlyList<string>? SemanticIds { get; init; }
}
