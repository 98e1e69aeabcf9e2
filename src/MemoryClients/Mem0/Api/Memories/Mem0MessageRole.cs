using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>Who wrote a message (<see cref="Mem0Message.Role"/>); the value is sent as given.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0MessageRole>))]
public readonly partial struct Mem0MessageRole
{
    /// <summary><c>user</c>: A message written by the user.</summary>
    public static Mem0MessageRole User { get; } = new("user");

    /// <summary><c>assistant</c>: A message written by the assistant.</summary>
    public static Mem0MessageRole Assistant { get; } = new("assistant");

    /// <summary><c>system</c>: A system prompt.</summary>
    public static Mem0MessageRole System { get; } = new("system");
}
