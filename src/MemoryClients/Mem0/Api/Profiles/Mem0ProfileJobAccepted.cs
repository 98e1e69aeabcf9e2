namespace MemoryClients.Mem0.Api;

/// <summary>The answer of <c>POST /v2/profiles/jobs/</c>: the job was accepted (or, with a reused idempotency key, found again).</summary>
public sealed record Mem0ProfileJobAccepted : ApiModel
{
    /// <summary>The job id, for <c>GET /v2/profiles/jobs/{job_id}/</c>.</summary>
    public string? JobId { get; init; }

    /// <summary>The job's status.</summary>
    public string? Status { get; init; }

    /// <summary>The path to poll for the job's progress.</summary>
    public string? StatusUrl { get; init; }

    /// <summary>What the job generates.</summary>
    public Mem0ProfileOperation? Operation { get; init; }

    /// <summary>The entity type.</summary>
    public Mem0EntityType? EntityType { get; init; }

    /// <summary>Entities reserved against usage for the job.</summary>
    public int? EntityCountReserved { get; init; }

    /// <summary>The event tracking the job, when there is one.</summary>
    public string? EventId { get; init; }

    /// <summary>True when the idempotency key matched an existing job, which is returned instead of a new one.</summary>
    public bool? Replayed { get; init; }

    /// <summary>How many entities were sampled (sample jobs only).</summary>
    public int? Sampled { get; init; }

    /// <summary>The sampled entity ids (sample jobs only); read each profile once the job is done.</summary>
    public IReadOnlyList<string>? EntityIds { get; init; }
}
