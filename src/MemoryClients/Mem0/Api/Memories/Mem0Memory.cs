using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>One stored memory, as returned by add, search, list, get and update.</summary>
/// <remarks>
/// The service names the run (session) id <c>run_id</c> in v3 search results and <c>session_id</c> everywhere else;
/// <see cref="RunId"/> gives it whichever way it arrived.
/// </remarks>
public sealed record Mem0Memory : ApiModel
{
    private readonly string? _runId;

    /// <summary>The memory id (a UUID).</summary>
    [JsonRequired]
    public string Id { get; init; } = "";

    /// <summary>The memory text.</summary>
    public string Memory { get; init; } = "";

    /// <summary>The user the memory belongs to.</summary>
    public string? UserId { get; init; }

    /// <summary>The agent the memory belongs to.</summary>
    public string? AgentId { get; init; }

    /// <summary>The application the memory belongs to.</summary>
    public string? AppId { get; init; }

    /// <summary>The run (session) the memory belongs to: <c>run_id</c> on the wire, or <see cref="SessionId"/> when only that was sent.</summary>
    public string? RunId
    {
        get => _runId ?? SessionId;
        init => _runId = value;
    }

    /// <summary>The run id exactly as list, get, update and history send it (<c>session_id</c>); prefer <see cref="RunId"/>.</summary>
    public string? SessionId { get; init; }

    /// <summary>The metadata attached when the memory was added or updated; keys are as the caller wrote them.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>The categories the service assigned.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>The relevance score in [0, 1]; search results only.</summary>
    public double? Score { get; init; }

    /// <summary>The parts of <see cref="Score"/> by retrieval signal; v3 search results only.</summary>
    public Mem0ScoreBreakdown? ScoreBreakdown { get; init; }

    /// <summary>The service's temporal breakdown of the creation time (year, month, day_of_week, ...).</summary>
    public JsonObject? StructuredAttributes { get; init; }

    /// <summary>The id of the memory that superseded this one, if any.</summary>
    public string? ReplacedBy { get; init; }

    /// <summary>Whether the service synthesised the memory rather than extracting it directly.</summary>
    public bool? Synthesized { get; init; }

    /// <summary>Whether the memory is excluded from later updates (older responses only).</summary>
    public bool? Immutable { get; init; }

    /// <summary>The day after which the memory is hidden unless expired memories are requested.</summary>
    [JsonConverter(typeof(Mem0DateOnlyConverter))]
    public DateOnly? ExpirationDate { get; init; }

    /// <summary>When the memory was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the memory was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The memory's lifecycle state, as the service names it.</summary>
    public string? LifecycleState { get; init; }

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
