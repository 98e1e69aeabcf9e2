using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The per-signal parts of a v3 search score (<c>score_breakdown</c>).</summary>
/// <remarks>
/// Read-only to callers (read and written as part of <see cref="Mem0Memory"/>, by its converter); <see cref="Mem0ModelFactory"/>
/// builds one for tests.
/// </remarks>
public sealed record Mem0ScoreBreakdown : ApiModel
{
    /// <summary>The semantic (embedding) similarity.</summary>
    [JsonInclude]
    public double? Semantic { get; internal set; }

    /// <summary>The BM25 keyword score.</summary>
    [JsonInclude]
    public double? Bm25 { get; internal set; }

    /// <summary>The entity-matching score.</summary>
    [JsonInclude]
    public double? Entity { get; internal set; }
}
