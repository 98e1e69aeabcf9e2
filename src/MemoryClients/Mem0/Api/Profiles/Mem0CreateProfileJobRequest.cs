namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST /v2/profiles/jobs/</c>: generate one entity's profile, or sample a few.</summary>
public sealed record Mem0CreateProfileJobRequest
{
    /// <summary>What to generate.</summary>
    public required Mem0ProfileOperation Operation { get; init; }

    /// <summary>The entity type; <c>user</c> is the only one profiles support today.</summary>
    public required Mem0EntityType EntityType { get; init; }

    /// <summary>The entity, for <see cref="Mem0ProfileOperation.Trigger"/>.</summary>
    public string? EntityId { get; init; }

    /// <summary>How many entities to sample (1 to 10), for <see cref="Mem0ProfileOperation.Sample"/>.</summary>
    public int? Limit { get; init; }
}
