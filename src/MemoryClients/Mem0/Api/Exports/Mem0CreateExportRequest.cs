using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST /v1/exports/</c>: which memories to export and the JSON Schema that shapes the result.</summary>
public sealed record Mem0CreateExportRequest
{
    /// <summary>The JSON Schema the exported object follows; sent verbatim.</summary>
    public required JsonObject Schema { get; init; }

    /// <summary>Which memories to export, in the structured form (<c>{"AND": [{"user_id": "alice"}]}</c>); sent verbatim.</summary>
    public JsonObject? Filters { get; init; }

    /// <summary>Free-text instructions for the export.</summary>
    public string? ExportInstructions { get; init; }

    /// <summary>Legacy organisation id; the API key already selects the project, so leave it null.</summary>
    public string? OrgId { get; init; }

    /// <summary>Legacy project id; the API key already selects the project, so leave it null.</summary>
    public string? ProjectId { get; init; }
}
