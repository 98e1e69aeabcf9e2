using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>PUT /v1/memories/{memory_id}/</c>: only the properties set are sent.</summary>
public sealed record Mem0UpdateMemoryRequest
{
    /// <summary>The new memory text.</summary>
    public string? Text { get; init; }

    /// <summary>The new metadata; sent as written.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>Unix time in seconds to record as the memory's time.</summary>
    public long? Timestamp { get; init; }

    /// <summary>Leave, clear (sends <c>null</c>) or set the expiration date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Mem0ExpirationUpdate ExpirationDate { get; init; }
}
