using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

/// <summary>The HTTP implementation of <see cref="IMem0V3Api"/>; each route constant sits beside its method.</summary>
internal sealed partial class Mem0V3Api(ApiTransport transport) : IMem0V3Api
{
    private readonly ApiTransport _transport = transport;
}
