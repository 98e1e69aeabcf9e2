using System.Text.Json.Serialization;

namespace MemoryClients.Benchmarks;

// The hand-written baseline: the few fields a caller typically reads, nothing else. Responses use settable
// properties, not constructors: a constructor makes the deserialiser buffer each whole property value (a page's
// results array) before it binds it.

/// <summary>A memory as the baseline reads it.</summary>
public sealed record RawMemory
{
    public string Id { get; init; } = "";
    public string Memory { get; init; } = "";
    public string? UserId { get; init; }
    public double? Score { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
}

/// <summary>The filters of a baseline request.</summary>
public sealed record RawFilters(string UserId);

/// <summary>The baseline's search request.</summary>
public sealed record RawSearchRequest(string Query, RawFilters Filters, int TopK);

/// <summary>The baseline's search response.</summary>
public sealed record RawSearchResponse
{
    public IReadOnlyList<RawMemory> Results { get; init; } = [];
}

/// <summary>The baseline's list request.</summary>
public sealed record RawListRequest(RawFilters Filters);

/// <summary>A Mem0 list page as the baseline reads it.</summary>
public sealed record RawPage
{
    public int Count { get; init; }
    public string? Next { get; init; }
    public IReadOnlyList<RawMemory> Results { get; init; } = [];
}

/// <summary>A chat message.</summary>
public sealed record RawMessage(string Role, string Content);

/// <summary>The baseline's add request.</summary>
public sealed record RawAddRequest(IReadOnlyList<RawMessage> Messages, string UserId);

/// <summary>The baseline's add response.</summary>
public sealed record RawAddResponse
{
    public string? EventId { get; init; }
    public string? Status { get; init; }
}

/// <summary>The baseline's MemMachine list request.</summary>
public sealed record RawEpisodeListRequest(string Filter, int PageSize, int PageNum, string Type);

/// <summary>A MemMachine episode as the baseline reads it.</summary>
public sealed record RawEpisode
{
    public string Uid { get; init; } = "";
    public string Content { get; init; } = "";
    public string ProducerId { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>The episodes of a MemMachine list response.</summary>
public sealed record RawEpisodeContent
{
    public IReadOnlyList<RawEpisode>? EpisodicMemory { get; init; }
}

/// <summary>A MemMachine list response as the baseline reads it.</summary>
public sealed record RawEpisodePage
{
    public RawEpisodeContent Content { get; init; } = new();
}

/// <summary>Source-generated serialisation for the baseline.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RawSearchRequest))]
[JsonSerializable(typeof(RawSearchResponse))]
[JsonSerializable(typeof(RawListRequest))]
[JsonSerializable(typeof(RawPage))]
[JsonSerializable(typeof(RawAddRequest))]
[JsonSerializable(typeof(RawAddResponse))]
[JsonSerializable(typeof(RawMemory))]
[JsonSerializable(typeof(RawEpisodeListRequest))]
[JsonSerializable(typeof(RawEpisodePage))]
public sealed partial class RawJsonContext : JsonSerializerContext;
