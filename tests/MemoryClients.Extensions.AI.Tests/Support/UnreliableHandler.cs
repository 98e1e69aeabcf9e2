using System.Net;
using System.Net.Sockets;

namespace MemoryClients.Extensions.AI.Tests.Support;

/// <summary>
/// The HTTP handler of a memory client whose service can be switched between working, hanging (a request never gets an
/// answer until it is cancelled) and refusing connections (requests go to a loopback port nobody listens on). Counts requests.
/// </summary>
public sealed class UnreliableHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private static readonly int ClosedPort = FindClosedPort();
    private int _requests;

    public ServiceState State { get; set; }

    /// <summary>How many requests reached the handler.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Completed when a request has started hanging.</summary>
    public TaskCompletionSource Hanging { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        switch (State)
        {
            case ServiceState.Hangs:
                Hanging.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
            case ServiceState.RefusesConnections:
                request.RequestUri = new UriBuilder(request.RequestUri!) { Port = ClosedPort }.Uri;
                break;
        }
        return await base.SendAsync(request, cancellationToken);
    }

    private static int FindClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public enum ServiceState
    {
        Works,
        Hangs,
        RefusesConnections,
    }
}
