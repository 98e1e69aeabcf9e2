using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories/search</c>.</summary>
public sealed record MemMachineSearchMemoriesResponse : ApiModel
{
    /// <summary>Always 0 on success; failures are reported by the HTTP status instead.</summary>
    public int Status { get; init; }

    /// <summary>The hits, by memory type.</summary>
    [JsonRequired]
    public MemMachineSearchContent Content { get; init; } = new();
}
