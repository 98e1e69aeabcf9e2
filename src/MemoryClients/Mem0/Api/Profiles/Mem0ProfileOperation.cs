using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>What a profile job generates (<c>operation</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0ProfileOperation>))]
public readonly partial struct Mem0ProfileOperation
{
    /// <summary><c>trigger</c>: One entity's profile, named by <see cref="Mem0CreateProfileJobRequest.EntityId"/>.</summary>
    public static Mem0ProfileOperation Trigger { get; } = new("trigger");

    /// <summary><c>sample</c>: Profiles for a few real entities (up to 10), to judge a schema before using it widely.</summary>
    public static Mem0ProfileOperation Sample { get; } = new("sample");
}
