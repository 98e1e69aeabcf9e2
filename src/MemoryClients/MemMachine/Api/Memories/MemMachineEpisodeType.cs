using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The type of an episode (<c>episode_type</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachineEpisodeType>))]
public readonly partial struct MemMachineEpisodeType
{
    /// <summary><c>message</c>: A conversation message, the default.</summary>
    public static MemMachineEpisodeType Message { get; } = new("message");
}
