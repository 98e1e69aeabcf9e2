using System.Text.Json.Nodes;
using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

internal sealed partial class Mem0V1Api
{
    internal const string CreateExportRoute = "v1/exports/";

    public Task<Mem0ExportCreateResponse> CreateExportAsync(Mem0ExportCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Post, CreateExportRoute).Json(request, Mem0JsonContext.Default.Mem0ExportCreateRequest),
            Mem0JsonContext.Default.Mem0ExportCreateResponse, cancellationToken);
    }

    internal const string GetExportRoute = "v1/exports/get/";

    public Task<JsonObject> GetExportAsync(Mem0ExportGetRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A POST that only reads: safe to retry.
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Post, GetExportRoute).Json(request, Mem0JsonContext.Default.Mem0ExportGetRequest).AsIdempotent(),
            Mem0JsonContext.Default.JsonObject, cancellationToken);
    }
}
