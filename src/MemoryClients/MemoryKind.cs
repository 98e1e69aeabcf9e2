namespace MemoryClients;

/// <summary>What a <see cref="MemoryRecord"/> is: a Mem0 fact, a MemMachine episode or a MemMachine semantic feature.</summary>
public enum MemoryKind
{
    /// <summary>A fact Mem0 extracted from (or stored verbatim from) a conversation.</summary>
    Fact,

    /// <summary>A MemMachine episode: one stored message.</summary>
    Episode,

    /// <summary>A MemMachine semantic feature: a fact the service extracted from episodes.</summary>
    SemanticFeature,
}
