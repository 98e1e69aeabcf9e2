namespace MemoryClients.Emulator.Text;

/// <summary>One candidate's place in a ranking: its index in the caller's list, its score in [0, 1] and the parts of it.</summary>
/// <param name="Index">The candidate's index in the list given to the ranker.</param>
/// <param name="Score">What thresholds compare against: the cosine similarity with embeddings, the lexical score without.</param>
/// <param name="Semantic">The cosine similarity with embeddings; the share of query terms present without.</param>
/// <param name="Bm25">The lexical BM25 score relative to the best candidate's.</param>
internal readonly record struct RankedText(int Index, double Score, double Semantic, double Bm25);
