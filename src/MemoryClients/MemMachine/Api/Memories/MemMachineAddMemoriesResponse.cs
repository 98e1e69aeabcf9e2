using System.Text.Json.Serialization;
namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories</c>: one result per message, in order.</summary>
public sealed record MemMachineAddMemoriesResponse : ApiModel
{
    /// <summary>The ids of the added messages, in the order they were sent.</summary>
    [JsonRequired]
    public IReadOnlyList<MemMachineAddMemoryResult> Results { get; init; } = [];
}
