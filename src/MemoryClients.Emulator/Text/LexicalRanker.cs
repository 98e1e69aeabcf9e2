namespace MemoryClients.Emulator.Text;

/// <summary>
/// Deterministic stand-in for semantic search: BM25 over the candidate texts, normalised into [0, 1] as
/// half relative BM25 (score / best score) plus half query coverage (share of distinct query terms present).
/// A text sharing no term with the query scores exactly 0.
/// </summary>
internal static class LexicalRanker
{
    private const double K1 = 1.2;
    private const double B = 0.75;

        public static List<RankedText> Rank(string query, IReadOnlyList<string> texts)
    {
        var queryTerms = TextAnalyzer.Terms(query).Distinct(StringComparer.Ordinal).ToList();
        var documents = texts.Select(TextAnalyzer.Terms).ToList();
        var count = documents.Count;
        var averageLength = count == 0 ? 0 : documents.Average(d => d.Count);
        var documentFrequency = queryTerms.ToDictionary(t => t, t => documents.Count(d => d.Contains(t)), StringComparer.Ordinal);

        var raw = new double[count];
        var coverage = new double[count];
        for (var i = 0; i < count; i++)
        {
            var terms = documents[i];
            var matched = 0;
            foreach (var term in queryTerms)
            {
                var frequency = terms.Count(t => t == term);
                if (frequency == 0) continue;
                matched++;
                var n = documentFrequency[term];
                var idf = Math.Log(1 + (count - n + 0.5) / (n + 0.5));
                var norm = averageLength == 0 ? 1 : terms.Count / averageLength;
                raw[i] += idf * frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * norm));
            }
            coverage[i] = queryTerms.Count == 0 ? 0 : (double)matched / queryTerms.Count;
        }

        var best = raw.Length == 0 ? 0 : raw.Max();
        var ranked = new List<RankedText>(count);
        for (var i = 0; i < count; i++)
        {
            var relative = best > 0 ? raw[i] / best : 0;
            var score = Math.Round(0.5 * relative + 0.5 * coverage[i], 4);
            ranked.Add(new RankedText(i, score, Math.Round(coverage[i], 4), Math.Round(relative, 4)));
        }
        // Stable: equal scores keep the caller's order.
        return [.. ranked.OrderByDescending(r => r.Score)];
    }
}
