using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>A member's role in a Mem0 project (<c>role</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0ProjectRole>))]
public readonly partial struct Mem0ProjectRole
{
    /// <summary><c>READER</c>: Can read the project (the default for new members).</summary>
    public static Mem0ProjectRole Reader { get; } = new("READER");

    /// <summary><c>OWNER</c>: Can change the project and its members.</summary>
    public static Mem0ProjectRole Owner { get; } = new("OWNER");
}
