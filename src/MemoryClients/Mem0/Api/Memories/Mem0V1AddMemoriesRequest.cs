using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The body of the deprecated <c>POST /v1/memories/</c>; use <see cref="Mem0AddMemoriesRequest"/> with v3 instead.</summary>
/// <remarks><c>output_format</c> and <c>version</c> are left out on purpose: without them the service answers with a plain array.</remarks>
public sealed record Mem0V1AddMemoriesRequest
{
    /// <summary>The conversation to extract memories from.</summary>
    public required IReadOnlyList<Mem0Message> Messages { get; init; }

    /// <summary>The user the memories belong to.</summary>
    public string? UserId { get; init; }

    /// <summary>The agent the memories belong to.</summary>
    public string? AgentId { get; init; }

    /// <summary>The application the memories belong to.</summary>
    public string? AppId { get; init; }

    /// <summary>The run (session) the memories belong to.</summary>
    public string? RunId { get; init; }

    /// <summary>Metadata attached to every extracted memory; sent as written.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>A free-text hint of what to extract.</summary>
    public string? Includes { get; init; }

    /// <summary>A free-text hint of what not to extract.</summary>
    public string? Excludes { get; init; }

    /// <summary>False stores the messages verbatim (service default: true).</summary>
    public bool? Infer { get; init; }

    /// <summary>The category catalogue for this call, each entry <c>{"name": "description"}</c>.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? CustomCategories { get; init; }

    /// <summary>Extraction instructions for this call.</summary>
    public string? CustomInstructions { get; init; }

    /// <summary>Extraction instructions for agent-attributed memories.</summary>
    public string? AgentCustomInstructions { get; init; }

    /// <summary>Marks the memories as excluded from later updates.</summary>
    public bool? Immutable { get; init; }

    /// <summary>Whether to process in the background (service default: true).</summary>
    public bool? AsyncMode { get; init; }

    /// <summary>Unix time in seconds used as the memories' creation time.</summary>
    public long? Timestamp { get; init; }

    /// <summary>The day after which the memories are hidden.</summary>
    [JsonConverter(typeof(Mem0DateOnlyConverter))]
    public DateOnly? ExpirationDate { get; init; }
}
