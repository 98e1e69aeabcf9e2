using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST /v1/exports/get/</c>: the export to fetch, by id and/or by the filters it was made with.</summary>
public sealed record Mem0GetExportRequest
{
    /// <summary>The id <c>POST /v1/exports/</c> returned.</summary>
    public string? MemoryExportId { get; init; }

    /// <summary>Selects the latest export by <c>user_id</c>, <c>agent_id</c>, <c>app_id</c>, <c>run_id</c>, <c>created_at</c> or <c>updated_at</c>; sent verbatim.</summary>
    public JsonObject? Filters { get; init; }

    /// <summary>Legacy organisation id; the API key already selects the project, so leave it null.</summary>
    public string? OrgId { get; init; }

    /// <summary>Legacy project id; the API key already selects the project, so leave it null.</summary>
    public string? ProjectId { get; init; }
}
