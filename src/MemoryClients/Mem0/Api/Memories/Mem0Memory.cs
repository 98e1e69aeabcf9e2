using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>One stored memory, as returned by add, search, list, get and update.</summary>
/// <remarks>
/// The service names the run (session) id <c>run_id</c> in v3 search results and <c>session_id</c> everywhere else;
/// <see cref="RunId"/> gives it whichever way it arrived.
/// Read-only to callers (the SDK reads and writes it with a converter of its own, with the same meaning as its attributes);
/// <see cref="Mem0ModelFactory"/> builds one for tests.
/// </remarks>
public sealed record Mem0Memory : ApiModel
{
    private string? _runId;

    /// <summary>The memory id (a UUID).</summary>
    [JsonRequired]
    [JsonInclude]
    public string Id { get; internal set; } = "";

    /// <summary>The memory text.</summary>
    [JsonInclude]
    public string Memory { get; internal set; } = "";

    /// <summary>The user the memory belongs to.</summary>
    [JsonInclude]
    public string? UserId { get; internal set; }

    /// <summary>The agent the memory belongs to.</summary>
    [JsonInclude]
    public string? AgentId { get; internal set; }

    /// <summary>The application the memory belongs to.</summary>
    [JsonInclude]
    public string? AppId { get; internal set; }

    /// <summary>The run (session) the memory belongs to: <c>run_id</c> on the wire, or <see cref="SessionId"/> when only that was sent.</summary>
    [JsonInclude]
    public string? RunId
    {
        get => _runId ?? SessionId;
        internal set => _runId = value;
    }

    /// <summary>The run id exactly as list, get, update and history send it (<c>session_id</c>); prefer <see cref="RunId"/>.</summary>
    [JsonInclude]
    public string? SessionId { get; internal set; }

    /// <summary>The metadata attached when the memory was added or updated; keys are as the caller wrote them.</summary>
    [JsonInclude]
    public JsonObject? Metadata { get; internal set; }

    /// <summary>The categories the service assigned.</summary>
    [JsonInclude]
    public IReadOnlyList<string>? Categories { get; internal set; }

    /// <summary>The relevance score in [0, 1]; search results only.</summary>
    [JsonInclude]
    public double? Score { get; internal set; }

    /// <summary>The parts of <see cref="Score"/> by retrieval signal; v3 search results only.</summary>
    [JsonInclude]
    public Mem0ScoreBreakdown? ScoreBreakdown { get; internal set; }

    /// <summary>The service's temporal breakdown of the creation time (year, month, day_of_week, ...).</summary>
    [JsonInclude]
    public JsonObject? StructuredAttributes { get; internal set; }

    /// <summary>The id of the memory that superseded this one, if any.</summary>
    [JsonInclude]
    public string? ReplacedBy { get; internal set; }

    /// <summary>Whether the service synthesised the memory rather than extracting it directly.</summary>
    [JsonInclude]
    public bool? Synthesized { get; internal set; }

    /// <summary>Whether the memory is excluded from later updates (older responses only).</summary>
    [JsonInclude]
    public bool? Immutable { get; internal set; }

    /// <summary>The day after which the memory is hidden unless expired memories are requested.</summary>
    [JsonConverter(typeof(Mem0DateOnlyConverter))]
    [JsonInclude]
    public DateOnly? ExpirationDate { get; internal set; }

    /// <summary>When the memory was created.</summary>
    [JsonInclude]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When the memory was last updated.</summary>
    [JsonInclude]
    public DateTimeOffset? UpdatedAt { get; internal set; }

    /// <summary>The memory's lifecycle state, as the service names it.</summary>
    [JsonInclude]
    public string? LifecycleState { get; internal set; }

    /// <summary>
    /// <see cref="Metadata"/> read as a type of your own, through its source-generated <paramref name="typeInfo"/>
    /// (AOT-safe); the counterpart of <see cref="Mem0.Mem0AddOptions.WithMetadata{T}"/>. Keys <typeparamref name="T"/> does not model are ignored.
    /// </summary>
    /// <typeparam name="T">Your metadata type.</typeparam>
    /// <param name="typeInfo">How to read <typeparamref name="T"/>, for example <c>AppJsonContext.Default.OrderMetadata</c>.</param>
    /// <returns>The metadata, or the default of <typeparamref name="T"/> when the memory has none.</returns>
    /// <exception cref="System.Text.Json.JsonException">The metadata does not fit <typeparamref name="T"/>.</exception>
    public T? GetMetadata<T>(JsonTypeInfo<T> typeInfo) => TypedMetadata.Read(Metadata, typeInfo);
}
