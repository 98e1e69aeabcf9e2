using Refit;
using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

public partial interface IMem0V1Api
{
    /// <summary><c>POST /v1/exports/</c>: starts building a structured export of memories shaped by a JSON Schema (201).</summary>
    /// <param name="request">The schema, filters and instructions.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("v1/exports/")]
    Task<Mem0CreateExportResponse> CreateExportAsync([Body] Mem0CreateExportRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v1/exports/get/</c>: returns a finished export, shaped by its schema; 404 (<see cref="Errors.MemoryNotFoundException"/>) while it is still being built.</summary>
    /// <param name="request">The export id and/or filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("v1/exports/get/"), Idempotent]
    Task<JsonObject> GetExportAsync([Body] Mem0GetExportRequest request, CancellationToken cancellationToken = default);
}
