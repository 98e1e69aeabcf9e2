using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST /v3/memories/add/</c>; unset properties are not sent, so the service's defaults apply.</summary>
public sealed record Mem0AddMemoriesRequest
{
    /// <summary>The conversation to extract memories from.</summary>
    public required IReadOnlyList<Mem0Message> Messages { get; init; }

    /// <summary>The user the memories belong to (at least one of the four ids is required).</summary>
    public string? UserId { get; init; }

    /// <summary>The agent the memories belong to.</summary>
    public string? AgentId { get; init; }

    /// <summary>The application the memories belong to.</summary>
    public string? AppId { get; init; }

    /// <summary>The run (session) the memories belong to.</summary>
    public string? RunId { get; init; }

    /// <summary>Metadata attached to every extracted memory; keys are sent as written.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>False stores the messages verbatim, synchronously, without extraction (service default: true).</summary>
    public bool? Infer { get; init; }

    /// <summary>The category catalogue for this call, each entry <c>{"name": "description"}</c>; replaces the project's list.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? CustomCategories { get; init; }

    /// <summary>Extraction instructions for this call, replacing the project's.</summary>
    public string? CustomInstructions { get; init; }

    /// <summary>Extraction instructions for agent-attributed memories, replacing the project's.</summary>
    public string? AgentCustomInstructions { get; init; }

    /// <summary>Unix time in seconds used as the memories' creation time (backdating).</summary>
    public long? Timestamp { get; init; }

    /// <summary>The day after which the memories are hidden unless expired memories are requested.</summary>
    [JsonConverter(typeof(Mem0DateOnlyConverter))]
    public DateOnly? ExpirationDate { get; init; }

    /// <summary>A schema that constrains structured extraction; sent as written.</summary>
    public JsonObject? StructuredDataSchema { get; init; }

    /// <summary>Marks the memories as excluded from later updates.</summary>
    public bool? Immutable { get; init; }

    /// <summary>A free-text hint of what to extract.</summary>
    public string? Includes { get; init; }

    /// <summary>A free-text hint of what not to extract.</summary>
    public string? Excludes { get; init; }

    /// <summary>The id of a saved prompt profile to extract with.</summary>
    public string? PromptProfileId { get; init; }

    /// <summary>Turns temporal reasoning on during extraction.</summary>
    public bool? TemporalReasoning { get; init; }

    /// <summary>The IANA time zone that <see cref="ObservationDateTime"/> and <see cref="ObservationDate"/> are read in.</summary>
    public string? Timezone { get; init; }

    /// <summary>When the conversation was observed (ISO 8601).</summary>
    [JsonPropertyName("observation_datetime")]
    public DateTimeOffset? ObservationDateTime { get; init; }

    /// <summary>The day the conversation was observed.</summary>
    [JsonConverter(typeof(Mem0DateOnlyConverter))]
    public DateOnly? ObservationDate { get; init; }

    /// <summary>Where the call comes from, as the service's event source names it.</summary>
    public string? Source { get; init; }

    /// <summary>Further top-level body fields this SDK does not model, sent verbatim after the modelled ones; do not repeat a field set above.</summary>
    /// <remarks>
    /// Settable rather than init-only because System.Text.Json cannot fill extension data through an initializer, and
    /// <see cref="System.Text.Json.JsonElement"/> values because a <c>JsonObject</c> extension property is written as a nested object.
    /// </remarks>
    [JsonExtensionData]
    public IDictionary<string, System.Text.Json.JsonElement>? AdditionalProperties { get; set; }
}
