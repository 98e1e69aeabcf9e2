using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>A MemMachine memory type; the service accepts only the lowercase spelling, so values compare ordinally.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachineMemoryType>))]
public readonly partial struct MemMachineMemoryType
{
    /// <summary><c>episodic</c>: Episodic memory: the messages themselves, short-term and long-term.</summary>
    public static MemMachineMemoryType Episodic { get; } = new("episodic");

    /// <summary><c>semantic</c>: Semantic memory: facts the service extracts from the messages.</summary>
    public static MemMachineMemoryType Semantic { get; } = new("semantic");
}
