using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MemoryClients.Mem0.Api;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0;

/// <summary>
/// Optional settings of <see cref="Mem0Client.AddAsync(IReadOnlyList{Mem0Message}, MemoryScope, Mem0AddOptions?, CancellationToken)"/>,
/// which are the body of <c>POST /v3/memories/add/</c> (<see cref="Mem0AddMemoriesRequest"/> adds the messages and the scope's
/// ids); anything left null is not sent, so the service's default applies.
/// </summary>
public record Mem0AddOptions : MemoryCallOptions, IExtraBodyFields
{
    /// <summary>Metadata attached to every extracted memory; keys are sent as written (a copy is taken).</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>False stores the messages verbatim and synchronously, without extraction (service default: true).</summary>
    public bool? Infer { get; init; }

    /// <summary>The category catalogue for this call, each entry <c>{"name": "description"}</c>; replaces the project's list.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? CustomCategories { get; init; }

    /// <summary>Extraction instructions for this call, replacing the project's.</summary>
    public string? CustomInstructions { get; init; }

    /// <summary>Extraction instructions for agent-attributed memories, replacing the project's.</summary>
    public string? AgentCustomInstructions { get; init; }

    /// <summary>The creation time to record (backdating); sent as Unix seconds.</summary>
    [JsonConverter(typeof(Mem0UnixSecondsConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The day after which the memories are hidden unless expired memories are requested.</summary>
    [JsonConverter(typeof(Mem0DateOnlyConverter))]
    public DateOnly? ExpirationDate { get; init; }

    /// <summary>A schema that constrains structured extraction; sent as written (a copy is taken).</summary>
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

    /// <summary>
    /// Top-level body fields this SDK does not model, sent verbatim after the modelled ones; a field the SDK models (and,
    /// through the ergonomic client, an entity id, which belongs in the scope) is refused before any request.
    /// </summary>
    [JsonIgnore] // Written by the SDK after the modelled fields, not as extension data (see ExtraBodyFields).
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// These options with <see cref="Metadata"/> written from a type of your own, through its source-generated
    /// <paramref name="typeInfo"/> (AOT-safe); read it back with <see cref="Mem0Memory.GetMetadata{T}"/>.
    /// </summary>
    /// <typeparam name="T">Your metadata type; it must be written as a JSON object.</typeparam>
    /// <param name="value">The metadata.</param>
    /// <param name="typeInfo">How to write <typeparamref name="T"/>, for example <c>AppJsonContext.Default.OrderMetadata</c>.</param>
    /// <returns>A copy of these options with <see cref="Metadata"/> set; every other setting is kept.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not written as a JSON object.</exception>
    public Mem0AddOptions WithMetadata<T>(T value, JsonTypeInfo<T> typeInfo) => this with { Metadata = TypedMetadata.Write(value, typeInfo, nameof(value)) };
}
