using System.Text.Json.Nodes;

namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/set_id/get</c> (self-hosted only): finds or creates the set for some metadata.</summary>
public sealed record MemMachineGetSemanticSetIdRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Whether the set belongs to the organisation rather than the project; the server default is false.</summary>
    public bool? IsOrgLevel { get; init; }

    /// <summary>The metadata keys that identify the set.</summary>
    public required IReadOnlyList<string> MetadataTags { get; init; }

    /// <summary>The metadata values that identify the set; keys are sent verbatim.</summary>
    public JsonObject? SetMetadata { get; init; }
}
