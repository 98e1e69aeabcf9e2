namespace MemoryClients.Mem0.Api;

/// <summary>The answer of <c>PUT /v1/batch/</c> and <c>DELETE /v1/batch/</c>.</summary>
public sealed record Mem0BatchResponse : ApiModel
{
    /// <summary>A human-readable confirmation, e.g. how many memories changed.</summary>
    public string? Message { get; init; }
}
