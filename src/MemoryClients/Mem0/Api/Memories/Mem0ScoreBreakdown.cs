namespace MemoryClients.Mem0.Api;

/// <summary>The per-signal parts of a v3 search score (<c>score_breakdown</c>).</summary>
public sealed record Mem0ScoreBreakdown : ApiModel
{
    /// <summary>The semantic (embedding) similarity.</summary>
    public double? Semantic { get; init; }

    /// <summary>The BM25 keyword score.</summary>
    public double? Bm25 { get; init; }

    /// <summary>The entity-matching score.</summary>
    public double? Entity { get; init; }
}
