using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace MemoryClients.Emulator.Text;

/// <summary>
/// Ranks search candidates: by the cosine similarity of embeddings when an embedding generator is configured, by
/// <see cref="LexicalRanker"/> otherwise. Each distinct text is embedded once and its vector cached, so memories are
/// embedded at their first search and queries at their first use.
/// </summary>
internal sealed class SearchRanker(IEmbeddingGenerator<string, Embedding<float>>? generator)
{
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<float>> _vectors = new(StringComparer.Ordinal);

    /// <summary>Every candidate with its score, best first; equal scores keep the caller's order.</summary>
    public async Task<List<RankedText>> RankAsync(string query, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var lexical = LexicalRanker.Rank(query, texts);
        if (generator is null || texts.Count == 0) return lexical;

        var vectors = await EmbedAsync([query, .. texts], cancellationToken).ConfigureAwait(false);
        var bm25 = new double[texts.Count];
        foreach (var hit in lexical) bm25[hit.Index] = hit.Bm25;

        var ranked = new List<RankedText>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            // Cosine similarity in [-1, 1]; below 0 means unrelated, which thresholds in [0, 1] treat as 0.
            var cosine = Math.Round(Math.Max(0, Cosine(vectors[0].Span, vectors[i + 1].Span)), 4);
            ranked.Add(new RankedText(i, cosine, cosine, bm25[i]));
        }
        return [.. ranked.OrderByDescending(r => r.Score)];
    }

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length) throw new InvalidOperationException($"The embedding generator returned vectors of {a.Length} and {b.Length} dimensions.");
        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    private async Task<ReadOnlyMemory<float>[]> EmbedAsync(string[] texts, CancellationToken cancellationToken)
    {
        var missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var embeddings = await generator!.GenerateAsync(missing, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (embeddings.Count != missing.Count)
                throw new InvalidOperationException($"The embedding generator returned {embeddings.Count} embeddings for {missing.Count} texts.");
            for (var i = 0; i < missing.Count; i++) _vectors[missing[i]] = embeddings[i].Vector;
        }
        return [.. texts.Select(t => _vectors[t])];
    }
}
