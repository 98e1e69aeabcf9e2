using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The long-term memory backend of a self-hosted project (<see cref="MemMachineProjectConfig.Backend"/>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachineProjectBackend>))]
public readonly partial struct MemMachineProjectBackend
{
    /// <summary><c>declarative</c>: A vector graph store (Neo4j, Nebula Graph).</summary>
    public static MemMachineProjectBackend Declarative { get; } = new("declarative");

    /// <summary><c>event</c>: A vector store plus a SQL segment store, with typed filterable properties.</summary>
    public static MemMachineProjectBackend Event { get; } = new("event");
}
