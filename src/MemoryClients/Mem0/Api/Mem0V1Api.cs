using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

/// <summary>The HTTP implementation of <see cref="IMem0V1Api"/>; each route constant sits beside its method.</summary>
internal sealed partial class Mem0V1Api(ApiTransport transport) : IMem0V1Api
{
    private readonly ApiTransport _transport = transport;

    internal const string PingRoute = "v1/ping/";

    public Task<Mem0PingResponse> PingAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(new ApiRequest(HttpMethod.Get, PingRoute), Mem0JsonContext.Default.Mem0PingResponse, cancellationToken);
}
