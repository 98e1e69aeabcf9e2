namespace MemoryClients.Mem0.Api;

/// <summary>One memory an add stored synchronously (<c>infer: false</c>).</summary>
public sealed record Mem0AddResult : ApiModel
{
    /// <summary>The new memory's id.</summary>
    public string? Id { get; init; }

    /// <summary>The stored text.</summary>
    public Mem0AddResultData? Data { get; init; }

    /// <summary>What happened, usually <c>ADD</c>.</summary>
    public Mem0MemoryEvent? Event { get; init; }
}
