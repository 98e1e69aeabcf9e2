namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/feature/get</c> (self-hosted only).</summary>
public sealed record MemMachineGetFeatureRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The feature to read.</summary>
    public required string FeatureId { get; init; }

    /// <summary>Whether to include the cited episode ids; the server default is false.</summary>
    public bool? LoadCitations { get; init; }
}
