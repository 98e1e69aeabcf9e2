using System.Text.Json.Nodes;
using Refit;

namespace MemoryClients.Tests.Http;

/// <summary>A raw API with one read, one create and one idempotent POST, to drive the transport's retry rules.</summary>
public interface IProbeApi
{
    [Get("v1/memories/x/")]
    Task<JsonObject> ReadAsync(CancellationToken cancellationToken = default);

    [Post("v3/memories/add/")]
    Task<JsonObject> AddAsync([Body] JsonObject request, CancellationToken cancellationToken = default);

    [Post("v3/memories/search/"), Idempotent]
    Task<JsonObject> SearchAsync([Body] JsonObject request, CancellationToken cancellationToken = default);
}
