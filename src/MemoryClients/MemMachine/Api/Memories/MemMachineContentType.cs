using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The content type of an episode (<c>content_type</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names mirror the wire values.")]
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachineContentType>))]
public readonly partial struct MemMachineContentType
{
    /// <summary><c>string</c>: Plain text, the default.</summary>
    public static MemMachineContentType String { get; } = new("string");
}
