using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>What happened to a memory (<c>event</c> in add results and history entries); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0MemoryEvent>))]
public readonly partial struct Mem0MemoryEvent
{
    /// <summary><c>ADD</c>: A memory was created.</summary>
    public static Mem0MemoryEvent Add { get; } = new("ADD");

    /// <summary><c>UPDATE</c>: A memory was changed.</summary>
    public static Mem0MemoryEvent Update { get; } = new("UPDATE");

    /// <summary><c>DELETE</c>: A memory was deleted.</summary>
    public static Mem0MemoryEvent Delete { get; } = new("DELETE");

    /// <summary><c>NOOP</c>: Nothing changed.</summary>
    public static Mem0MemoryEvent Noop { get; } = new("NOOP");
}
