using Microsoft.Extensions.AI;

namespace MemoryClients.Emulator.Tests.Emulator.Support;

/// <summary>A tiny deterministic embedder: one dimension per known word, so tests can reason about similarities.</summary>
public sealed class KeywordEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private static readonly string[] Words = ["food", "eat", "vegetarian", "city", "live", "paris"];

    public bool Disposed { get; private set; }

    public int Calls { get; private set; }

    public List<string> Embedded { get; } = [];

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Calls++;
        var texts = values.ToList();
        Embedded.AddRange(texts);
        // "eat" and "food" and "vegetarian" share meaning here, as "city", "live" and "paris" do.
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(texts.Select(t =>
        {
            var lower = t.ToLowerInvariant();
            var hits = Words.Select(w => lower.Contains(w, StringComparison.Ordinal) ? 1f : 0f).ToArray();
            return new Embedding<float>(new[] { hits[0] + hits[1] + hits[2], hits[3] + hits[4] + hits[5], 0.1f });
        })));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("test", null, "keyword-test-model", 3) : null;

    public void Dispose() => Disposed = true;
}
