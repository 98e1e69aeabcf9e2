namespace MemoryClients.Mem0.Api;

/// <summary>The answer of <c>DELETE /v1/memories/{memory_id}/</c>.</summary>
public sealed record Mem0DeleteMemoryResponse : ApiModel
{
    /// <summary>A human-readable confirmation.</summary>
    public string? Message { get; init; }

    /// <summary>How many superseded memories were deleted with it; only with <c>delete_linked=true</c>.</summary>
    public int? CascadeCount { get; init; }
}
