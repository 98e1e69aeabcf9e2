namespace MemoryClients.MemMachine.Api;

/// <summary>The models and stores a project uses; an empty string means the server's default.</summary>
/// <remarks>The cloud returns only <see cref="Embedder"/> and <see cref="Reranker"/> and accepts no configuration on create; the other fields exist on self-hosted servers.</remarks>
public sealed record MemMachineProjectConfig : ApiModel
{
    /// <summary>The long-term memory backend on self-hosted servers ; null means the server default.</summary>
    public MemMachineProjectBackend? Backend { get; init; }

    /// <summary>The reranker resource name; empty means the server default.</summary>
    public string? Reranker { get; init; }

    /// <summary>The embedder resource name; empty means the server default.</summary>
    public string? Embedder { get; init; }

    /// <summary>The vector graph store resource id (self-hosted, declarative backend only).</summary>
    public string? VectorGraphStore { get; init; }

    /// <summary>The vector store resource id (self-hosted, event backend only).</summary>
    public string? VectorStore { get; init; }

    /// <summary>The SQL resource id backing the segment store (self-hosted, event backend only).</summary>
    public string? SegmentStore { get; init; }

    /// <summary>Filterable properties by name and type (self-hosted, event backend only).</summary>
    public IReadOnlyDictionary<string, MemMachinePropertyType>? PropertiesSchema { get; init; }
}
