using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine;

/// <summary>
/// Optional settings of an add, which are the body of <c>POST /memories</c> (<see cref="Api.MemMachineAddMemoriesRequest"/>
/// adds the project and the messages).
/// </summary>
public record MemMachineAddOptions : MemoryCallOptions
{
    /// <summary>The memory types to write; null or empty writes all types.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<Api.MemMachineMemoryType>? Types { get; init; }
}
