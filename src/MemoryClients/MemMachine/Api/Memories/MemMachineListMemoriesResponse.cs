using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories/list</c>: one page, with no total and no next-page marker.</summary>
public sealed record MemMachineListMemoriesResponse : ApiModel
{
    /// <summary>Always 0 on success; failures are reported by the HTTP status instead.</summary>
    public int Status { get; init; }

    /// <summary>The items on this page, by memory type.</summary>
    [JsonRequired]
    public MemMachineListContent Content { get; init; } = new();
}
