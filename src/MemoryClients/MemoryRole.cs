using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients;

/// <summary>
/// Who wrote a <see cref="MemoryMessage"/>, as both services and Microsoft.Extensions.AI's <c>ChatRole</c> name it; any
/// other role a service accepts can be written as text (<c>"tool"</c> converts implicitly).
/// </summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the services do.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<MemoryRole>))]
public readonly partial struct MemoryRole
{
    /// <summary><c>user</c>: A message written by the user.</summary>
    public static MemoryRole User { get; } = new("user");

    /// <summary><c>assistant</c>: A message written by the assistant.</summary>
    public static MemoryRole Assistant { get; } = new("assistant");

    /// <summary><c>system</c>: A system prompt.</summary>
    public static MemoryRole System { get; } = new("system");
}
