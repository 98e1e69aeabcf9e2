using System.Text.Json.Nodes;

namespace MemoryClients.Mem0;

/// <summary>Optional settings of <see cref="Mem0Client.AddAsync"/>; anything left null is not sent, so the service's default applies.</summary>
public sealed class Mem0AddOptions
{
    /// <summary>Metadata attached to every extracted memory; keys are sent as written.</summary>
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
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The day after which the memories are hidden unless expired memories are requested.</summary>
    public DateOnly? ExpirationDate { get; init; }

    /// <summary>A schema that constrains structured extraction; sent as written.</summary>
    public JsonObject? StructuredDataSchema { get; init; }

    /// <summary>The id of a saved prompt profile to extract with.</summary>
    public string? PromptProfileId { get; init; }

    /// <summary>Turns temporal reasoning on during extraction.</summary>
    public bool? TemporalReasoning { get; init; }

    /// <summary>The IANA time zone that <see cref="ObservationDateTime"/> and <see cref="ObservationDate"/> are read in.</summary>
    public string? Timezone { get; init; }

    /// <summary>When the conversation was observed.</summary>
    public DateTimeOffset? ObservationDateTime { get; init; }

    /// <summary>The day the conversation was observed.</summary>
    public DateOnly? ObservationDate { get; init; }

    /// <summary>Where the call comes from, as the service's event source names it.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Top-level body fields this SDK does not model (for example <c>immutable</c>, <c>includes</c>, <c>excludes</c>),
    /// sent verbatim; a field the SDK models is refused.
    /// </summary>
    public JsonObject? AdditionalBodyProperties { get; init; }
}
