namespace MemoryClients.Emulator.Embeddings.Tests;

/// <summary>One MiniLM embedder for the whole test collection: loading the model is the slow part (a second or two).</summary>
public sealed class EmbedderFixture : IDisposable
{
    public MiniLmEmbeddingGenerator Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class EmbedderGroup : ICollectionFixture<EmbedderFixture>
{
    public const string Name = "MiniLM";
}
