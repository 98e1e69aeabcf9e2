using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace MemoryClients.Emulator.Tests.Emulator.Support;

/// <summary>
/// HTTP/1.1 written by hand over a TcpClient, so a test controls every header byte (a foreign <c>Host</c>, an
/// <c>Origin</c>, a browser's <c>text/plain</c>) exactly as a browser or an attacker's page would send it.
/// </summary>
public static class RawHttp
{
    /// <summary>A parsed answer: status code, headers (lower-case names) and body text.</summary>
    public sealed record Answer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

        public override string ToString() => $"{Status} {Body}";
    }

    /// <summary>Sends one request to the emulator's port and reads the answer until the server closes the connection.</summary>
    /// <param name="port">The emulator's port on 127.0.0.1.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The request target, for example <c>/_emulator/requests</c>.</param>
    /// <param name="host">The <c>Host</c> header value.</param>
    /// <param name="headers">Further header lines, for example <c>("Origin", "https://evil.example")</c>.</param>
    /// <param name="body">The body, sent with its Content-Length; null sends none.</param>
    public static async Task<Answer> SendAsync(int port, string method, string path, string host,
        IEnumerable<(string Name, string Value)>? headers = null, string? body = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, timeout.Token);
        var stream = client.GetStream();

        var bytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers ?? []) head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        if (body is not null) head.Append(CultureInfo.InvariantCulture, $"Content-Length: {bytes.Length}\r\n");
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), timeout.Token);
        await stream.WriteAsync(bytes, timeout.Token);

        using var received = new MemoryStream();
        await stream.CopyToAsync(received, timeout.Token);
        var text = Encoding.UTF8.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = text[..split].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var parsed = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        return new Answer(status, parsed, text[(split + 4)..]);
    }
}
