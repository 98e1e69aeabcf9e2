using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MemoryClients.Tests.Reliability;

/// <summary>What the fault server does with each connection.</summary>
public enum Fault
{
    /// <summary>Nothing listens on the port: the connection is refused.</summary>
    Refuse,
    /// <summary>Accept, then reset the connection before reading the request.</summary>
    ResetBeforeRequest,
    /// <summary>Read the whole request, then reset.</summary>
    ResetAfterRequest,
    /// <summary>Read the whole request, then close gracefully (FIN) without a response.</summary>
    FinWithoutResponse,
    /// <summary>Send 200 headers announcing a body, part of it, then reset.</summary>
    ResetMidBody,
    /// <summary>Send 200 headers announcing a body, part of it, then stall until the client gives up.</summary>
    StallMidBody,
    /// <summary>Send 200 headers announcing a 3 MiB body, the first MiB of it, then stall until the client gives up.</summary>
    StallMidLargeBody,
    /// <summary>A well-framed 200 whose JSON is cut off.</summary>
    TruncatedJson,
    /// <summary>A 200 whose body is not JSON.</summary>
    InvalidJson,
    /// <summary>A 200 HTML page (a captive portal or proxy).</summary>
    Html,
    /// <summary>A 200 with valid JSON of the wrong shape: <c>{}</c>.</summary>
    WrongShape,
    /// <summary>A 200 whose declared length is over the limit.</summary>
    HugeDeclared,
    /// <summary>A 200 with no declared length that streams past the limit.</summary>
    HugeStreamed,
    /// <summary>An error status (see <see cref="FaultCase.Status"/>), with or without <c>Retry-After</c>.</summary>
    Status,
    /// <summary>A redirect (see <see cref="FaultCase.Status"/>) to another host.</summary>
    Redirect,
    /// <summary>A normal answer (see <see cref="FaultServer.Respond"/>).</summary>
    Ok,
}

/// <summary>One fault: its kind, and for statuses and redirects the status code and <c>Retry-After</c> value.</summary>
public sealed record FaultCase(Fault Fault, int Status = 0, string? RetryAfter = null)
{
    public override string ToString() => Fault switch
    {
        Fault.Status => $"{Status}{(RetryAfter is null ? "" : $" Retry-After {RetryAfter}")}",
        Fault.Redirect => $"{Status} redirect",
        _ => Fault.ToString(),
    };
}

/// <summary>A request the server read completely.</summary>
public sealed record SeenRequest(string Method, string Path, string Body);

/// <summary>
/// An HTTP/1.1 server on raw sockets (127.0.0.1, port 0) that misbehaves on purpose: it can reset or close at every point of an
/// exchange, stall, send broken or huge bodies and any status. It counts the connections and the requests it read completely.
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    public const int HugeBytes = 1024 * 1024;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly ConcurrentQueue<SeenRequest> _requests = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private int _accepted;
    private int _open;

    public FaultServer(Func<SeenRequest, int, FaultCase> script)
    {
        Script = script;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start(backlog: 512);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public FaultServer(FaultCase fault) : this((_, _) => fault) => ResetOnAccept = fault.Fault == Fault.ResetBeforeRequest;

    /// <summary>Reset every connection as soon as it is accepted, before reading anything.</summary>
    public bool ResetOnAccept { get; init; }

    /// <summary>Decides the fault per request: the request read and its 0-based number.</summary>
    public Func<SeenRequest, int, FaultCase> Script { get; }

    /// <summary>The body of a normal answer, per request.</summary>
    public Func<SeenRequest, string> Respond { get; init; } = _ => "{}";

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>Connections accepted.</summary>
    public int Connections => Volatile.Read(ref _accepted);

    /// <summary>Connections the client has not closed yet.</summary>
    public int OpenConnections => Volatile.Read(ref _open);

    /// <summary>Requests read completely (headers and body), in arrival order.</summary>
    public IReadOnlyList<SeenRequest> Requests => [.. _requests];

    /// <summary>A port on which nothing listens.</summary>
    public static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }
            Interlocked.Increment(ref _accepted);
            Interlocked.Increment(ref _open);
            _connections.Add(Task.Run(() => ServeAsync(socket)));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var _ = socket;
        try
        {
            var buffer = new List<byte>();
            while (!_stop.IsCancellationRequested)
            {
                if (ResetOnAccept)
                {
                    Reset(socket);
                    return;
                }
                var request = await ReadRequestAsync(socket, buffer).ConfigureAwait(false);
                if (request is null)
                    return;
                var number = _requests.Count;
                _requests.Enqueue(request);
                var fault = Script(request, number);
                if (!await AnswerAsync(socket, request, fault).ConfigureAwait(false))
                    return;
            }
        }
        catch (Exception)
        {
            // A client that gave up, or a reset we caused: the connection is over either way.
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    /// <summary>Answers one request; false when the connection must end.</summary>
    private async Task<bool> AnswerAsync(Socket socket, SeenRequest request, FaultCase fault)
    {
        const string Json = "Content-Type: application/json\r\n";
        switch (fault.Fault)
        {
            case Fault.ResetBeforeRequest:
            case Fault.ResetAfterRequest:
                Reset(socket);
                return false;
            case Fault.FinWithoutResponse:
                socket.Shutdown(SocketShutdown.Both);
                return false;
            case Fault.ResetMidBody:
                await SendAsync(socket, $"HTTP/1.1 200 OK\r\n{Json}Content-Length: 1000\r\n\r\n{{\"results\":[").ConfigureAwait(false);
                await Task.Delay(20).ConfigureAwait(false);
                Reset(socket);
                return false;
            case Fault.StallMidBody:
                await SendAsync(socket, $"HTTP/1.1 200 OK\r\n{Json}Content-Length: 1000\r\n\r\n{{\"results\":[").ConfigureAwait(false);
                // Wait until the client closes (a read returns 0 or fails) or the server stops.
                await socket.ReceiveAsync(new byte[1], SocketFlags.None, _stop.Token).ConfigureAwait(false);
                return false;
            case Fault.StallMidLargeBody:
                await SendAsync(socket, $"HTTP/1.1 200 OK\r\n{Json}Content-Length: {3 * HugeBytes}\r\n\r\n{{\"results\":[").ConfigureAwait(false);
                await StreamHugeAsync(socket).ConfigureAwait(false);
                await socket.ReceiveAsync(new byte[1], SocketFlags.None, _stop.Token).ConfigureAwait(false);
                return false;
            case Fault.TruncatedJson:
                return await SendResponseAsync(socket, "200 OK", Json, "{\"id\":\"m1\",\"memory\":\"cut").ConfigureAwait(false);
            case Fault.InvalidJson:
                return await SendResponseAsync(socket, "200 OK", Json, "this is not json").ConfigureAwait(false);
            case Fault.Html:
                return await SendResponseAsync(socket, "200 OK", "Content-Type: text/html\r\n", "<html><body>Please log in</body></html>").ConfigureAwait(false);
            case Fault.WrongShape:
                return await SendResponseAsync(socket, "200 OK", Json, "{}").ConfigureAwait(false);
            case Fault.HugeDeclared:
                await SendAsync(socket, $"HTTP/1.1 200 OK\r\n{Json}Content-Length: {HugeBytes}\r\n\r\n").ConfigureAwait(false);
                await StreamHugeAsync(socket).ConfigureAwait(false);
                return false;
            case Fault.HugeStreamed:
                await SendAsync(socket, $"HTTP/1.1 200 OK\r\n{Json}Connection: close\r\n\r\n").ConfigureAwait(false);
                await StreamHugeAsync(socket).ConfigureAwait(false);
                socket.Shutdown(SocketShutdown.Both);
                return false;
            case Fault.Status:
                return await SendResponseAsync(socket, $"{fault.Status} Failure",
                    Json + (fault.RetryAfter is null ? "" : $"Retry-After: {fault.RetryAfter}\r\n"), "{\"detail\":\"injected failure\"}").ConfigureAwait(false);
            case Fault.Redirect:
                return await SendResponseAsync(socket, $"{fault.Status} Moved", "Location: http://elsewhere.example:8080/collect\r\n", "").ConfigureAwait(false);
            default:
                return await SendResponseAsync(socket, "200 OK", Json, Respond(request)).ConfigureAwait(false);
        }
    }

    private static async Task StreamHugeAsync(Socket socket)
    {
        var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
        for (var sent = 0; sent < HugeBytes; sent += chunk.Length)
            await socket.SendAsync(chunk, SocketFlags.None).ConfigureAwait(false);
    }

    private static async Task<bool> SendResponseAsync(Socket socket, string status, string headers, string body)
    {
        var bytes = Encoding.UTF8.GetByteCount(body);
        await SendAsync(socket, $"HTTP/1.1 {status}\r\n{headers}Content-Length: {bytes}\r\n\r\n{body}").ConfigureAwait(false);
        return true;
    }

    private static async Task SendAsync(Socket socket, string text) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), SocketFlags.None).ConfigureAwait(false);

    private static void Reset(Socket socket)
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    /// <summary>Reads one request (headers, then a body of <c>Content-Length</c> bytes); null when the client closed first.</summary>
    private async Task<SeenRequest?> ReadRequestAsync(Socket socket, List<byte> buffer)
    {
        var chunk = new byte[16 * 1024];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(buffer)) < 0)
        {
            var read = await socket.ReceiveAsync(chunk, SocketFlags.None, _stop.Token).ConfigureAwait(false);
            if (read == 0)
                return null;
            buffer.AddRange(chunk.AsSpan(0, read));
        }
        var head = Encoding.ASCII.GetString([.. buffer.GetRange(0, headerEnd)]);
        var lines = head.Split("\r\n");
        var start = lines[0].Split(' ');
        var length = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(parts => int.Parse(parts[1].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        while (buffer.Count < headerEnd + 4 + length)
        {
            var read = await socket.ReceiveAsync(chunk, SocketFlags.None, _stop.Token).ConfigureAwait(false);
            if (read == 0)
                return null;
            buffer.AddRange(chunk.AsSpan(0, read));
        }
        var body = Encoding.UTF8.GetString([.. buffer.GetRange(headerEnd + 4, length)]);
        buffer.RemoveRange(0, headerEnd + 4 + length);
        return new SeenRequest(start[0], start[1], body);
    }

    private static int IndexOfHeaderEnd(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
                return i;
        }
        return -1;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _accepting.ConfigureAwait(false);
        await Task.WhenAll(_connections).ConfigureAwait(false);
        _stop.Dispose();
    }
}
