using System.Text.Json;
using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>An asynchronous job (an add, a delete, ...) as <c>GET /v1/event/{event_id}/</c> reports it.</summary>
public sealed record Mem0Event : ApiModel
{
    /// <summary>The event id (a UUID).</summary>
    public string? Id { get; init; }

    /// <summary>What the event does, for example <c>ADD</c> or <c>SEARCH</c>.</summary>
    public string? EventType { get; init; }

    /// <summary>Where the job is: <c>PENDING</c>, <c>RUNNING</c>, <c>SUCCEEDED</c> or <c>FAILED</c> (see <see cref="Mem0EventStatus"/>).</summary>
    public Mem0EventStatus? Status { get; init; }

    /// <summary>The request payload the event was created from.</summary>
    public JsonObject? Payload { get; init; }

    /// <summary>Free-form metadata of the event.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>What the job produced, for example the memories an add wrote.</summary>
    public IReadOnlyList<JsonElement>? Results { get; init; }

    /// <summary>When the event was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the event was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When processing started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When processing finished.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Processing time in milliseconds.</summary>
    public double? Latency { get; init; }

    /// <summary>The status of graph processing for the event, when graph memory is on.</summary>
    public string? GraphStatus { get; init; }

    /// <summary>Why the job failed, when it did.</summary>
    public string? Error { get; init; }
}
