using System.Runtime.CompilerServices;
using MemoryClients.Http;

namespace MemoryClients.DependencyInjection;

/// <summary>
/// The socket handlers the <see cref="IHttpClientFactory"/> pipelines of one container create, closed when the container is
/// disposed: the factory would otherwise keep their connections open until its handler lifetime ends (two minutes).
/// Held weakly, so handlers the factory has retired can be collected.
/// </summary>
internal sealed class SocketHandlers : IDisposable
{
    private readonly ConditionalWeakTable<SocketsHttpHandler, object?> _created = [];

    public SocketsHttpHandler Create()
    {
        var handler = ApiTransport.CreateSocketHandler();
        _created.Add(handler, null);
        return handler;
    }

    public void Dispose()
    {
        foreach (var (handler, _) in _created)
            handler.Dispose();
        _created.Clear();
    }
}
