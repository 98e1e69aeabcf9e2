using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

public partial interface IMem0V1Api
{
    /// <summary><c>POST /v1/exports/</c>: starts building a structured export of memories shaped by a JSON Schema (201).</summary>
    /// <param name="request">The schema, filters and instructions.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Mem0ExportCreateResponse> CreateExportAsync(Mem0ExportCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v1/exports/get/</c>: returns a finished export, shaped by its schema; 404 (<see cref="Errors.MemoryNotFoundException"/>) while it is still being built.</summary>
    /// <param name="request">The export id and/or filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<JsonObject> GetExportAsync(Mem0ExportGetRequest request, CancellationToken cancellationToken = default);
}
