namespace MemoryClients.MemMachine.Api;

/// <summary>Known long-term memory backends of a self-hosted project (<see cref="MemMachineProjectConfig.Backend"/>).</summary>
public static class MemMachineProjectBackend
{
    /// <summary>A vector graph store (Neo4j, Nebula Graph).</summary>
    public const string Declarative = "declarative";

    /// <summary>A vector store plus a SQL segment store, with typed filterable properties.</summary>
    public const string Event = "event";
}
