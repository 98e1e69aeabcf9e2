using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>Who wrote a MemMachine message (<c>role</c>, stored as <c>producer_role</c>); the service accepts any text and keeps it as sent.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachineMessageRole>))]
public readonly partial struct MemMachineMessageRole
{
    /// <summary><c>user</c>: A message from the user.</summary>
    public static MemMachineMessageRole User { get; } = new("user");

    /// <summary><c>assistant</c>: A message from the assistant.</summary>
    public static MemMachineMessageRole Assistant { get; } = new("assistant");

    /// <summary><c>system</c>: A system message.</summary>
    public static MemMachineMessageRole System { get; } = new("system");
}
