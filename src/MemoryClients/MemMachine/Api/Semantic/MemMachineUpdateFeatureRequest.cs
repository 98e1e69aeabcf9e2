namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/feature/update</c> (self-hosted only); null fields are left unchanged.</summary>
public sealed record MemMachineUpdateFeatureRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The feature to change.</summary>
    public required string FeatureId { get; init; }

    /// <summary>The new category, or null to keep it.</summary>
    public string? CategoryName { get; init; }

    /// <summary>The new tag, or null to keep it.</summary>
    public string? Tag { get; init; }

    /// <summary>The new feature name, or null to keep it.</summary>
    public string? Feature { get; init; }

    /// <summary>The new value, or null to keep it.</summary>
    public string? Value { get; init; }

    /// <summary>The new string metadata, or null to keep it.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
