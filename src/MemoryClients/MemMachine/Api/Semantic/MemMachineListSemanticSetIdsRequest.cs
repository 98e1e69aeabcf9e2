using System.Text.Json.Nodes;

namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/set_id/list</c> (self-hosted only).</summary>
public sealed record MemMachineListSemanticSetIdsRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Metadata the listed sets must match; null lists every set.</summary>
    public JsonObject? SetMetadata { get; init; }
}
