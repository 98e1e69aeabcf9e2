namespace MemoryClients.Mem0.Api;

/// <summary>One page of <c>GET /v1/events/</c>.</summary>
public sealed record Mem0ListEventsResponse : ApiModel
{
    /// <summary>The number of events across all pages.</summary>
    public int? Count { get; init; }

    /// <summary>The absolute address of the next page; null on the last page.</summary>
    public string? Next { get; init; }

    /// <summary>The absolute address of the previous page; null on the first page.</summary>
    public string? Previous { get; init; }

    /// <summary>The events on this page.</summary>
    public IReadOnlyList<Mem0Event> Results { get; init; } = [];
}
