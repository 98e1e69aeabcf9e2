namespace MemoryClients.Mem0.Api;

/// <summary>The stored text of one memory in an add result (<c>data</c>).</summary>
public sealed record Mem0AddResultData : ApiModel
{
    /// <summary>The memory text.</summary>
    public string? Memory { get; init; }
}
