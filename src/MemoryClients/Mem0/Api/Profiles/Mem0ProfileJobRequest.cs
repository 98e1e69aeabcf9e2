namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST /v2/profiles/jobs/</c>: generate one entity's profile, or sample a few.</summary>
public sealed record Mem0ProfileJobRequest
{
    /// <summary>What to generate (see <see cref="Mem0ProfileOperation"/>).</summary>
    public required string Operation { get; init; }

    /// <summary>The entity type; <c>user</c> is the only one profiles support today.</summary>
    public required string EntityType { get; init; }

    /// <summary>The entity, for <see cref="Mem0ProfileOperation.Trigger"/>.</summary>
    public string? EntityId { get; init; }

    /// <summary>How many entities to sample (1 to 10), for <see cref="Mem0ProfileOperation.Sample"/>.</summary>
    public int? Limit { get; init; }
}
