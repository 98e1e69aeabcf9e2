using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

/// <summary>The HTTP implementation of <see cref="IMem0V2Api"/>; each route constant sits beside its method.</summary>
internal sealed partial class Mem0V2Api(ApiTransport transport) : IMem0V2Api
{
    private readonly ApiTransport _transport = transport;
}
