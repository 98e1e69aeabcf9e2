namespace MemoryClients.Mem0.Api;

/// <summary>The answer of <c>GET /v2/profiles/jobs/{job_id}/</c>.</summary>
public sealed record Mem0GetProfileJobResponse : ApiModel
{
    /// <summary>The job.</summary>
    public Mem0ProfileJob? Job { get; init; }
}
