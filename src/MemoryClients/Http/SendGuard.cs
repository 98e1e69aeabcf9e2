using System.Net.Sockets;

namespace MemoryClients.Http;

/// <summary>
/// Keeps one try to one send. The socket handler re-sends a request without a body on its own, up to three times, when a
/// connection closes before any response byte; the service may have received every copy, and none would count against
/// <see cref="MemoryResilienceOptions.MaxRetries"/>. (A request with a body is never re-sent that way.) So each try of a
/// body-less request may open one connection: a second one for the same try is such a re-send, and is refused; the try
/// fails and the resilience pipeline decides whether to try again, as a try of its own.
/// </summary>
/// <remarks>Installed as the <see cref="SocketsHttpHandler.ConnectCallback"/> of the socket handlers the clients create;
/// a caller's own <see cref="HttpClient"/> does not have it (docs/reliability.md).</remarks>
internal static class SendGuard
{
    private static readonly HttpRequestOptionsKey<Try> Key = new("MemoryClients.SendGuard");

    /// <summary>Starts a try: a body-less request gets a fresh connection count, and the blocking path is marked.</summary>
    public static void Arm(HttpRequestMessage request, bool synchronous) => request.Options.Set(Key, new Try(request.Content is null, synchronous));

    /// <summary>Opens a connection as the socket handler would: blocking for a blocking send, refused for a re-send.</summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        context.InitialRequestMessage.Options.TryGetValue(Key, out var attempt);
        if (attempt is { Guarded: true } && Interlocked.Increment(ref attempt.Connections) > 1)
            throw new SocketResendRefusedException();
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (attempt is { Synchronous: true })
            {
                // A blocking call must not wait for a thread-pool continuation; cancellation closes the socket instead.
                using (cancellationToken.UnsafeRegister(static s => ((Socket)s!).Dispose(), socket))
                    socket.Connect(context.DnsEndPoint);
            }
            else
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
            }
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed class Try(bool guarded, bool synchronous)
    {
        public int Connections;

        public bool Guarded { get; } = guarded;

        public bool Synchronous { get; } = synchronous;
    }
}

/// <summary>The socket handler tried to send a body-less request a second time within one try; see <see cref="SendGuard"/>.</summary>
internal sealed class SocketResendRefusedException() : IOException(
    "The connection closed before the service answered, and the socket handler would have re-sent the request on its own; the retry policy decides instead.");
