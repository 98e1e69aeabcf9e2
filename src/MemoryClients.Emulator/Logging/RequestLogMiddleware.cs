using System.Buffers;
using System.Text;

namespace MemoryClients.Emulator.Logging;

/// <summary>Records each request in the <see cref="RequestLog"/> before it is handled, and its status once it starts.</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log)
{
    internal const string EntryKey = "emulator.log-entry";

    /// <summary>Set by the fault middleware when it resets the connection before any response was sent.</summary>
    internal const string ResetKey = "emulator.reset-before-response";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var (body, truncated) = await ReadBodyPrefixAsync(request, log.MaxBodyBytes, context.RequestAborted);

        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var entry = log.Add(DateTimeOffset.UtcNow, request.Method, request.Path.Value ?? "",
            request.QueryString.Value?.TrimStart('?') ?? "", headers, body, truncated);
        context.Items[EntryKey] = entry;
        var echoed = 0;
        context.Response.OnStarting(() =>
        {
            // Kestrel still runs OnStarting after a fault reset the connection; nothing was sent then, so keep 0.
            if (!context.Items.ContainsKey(ResetKey)) entry.StatusCode = context.Response.StatusCode;
            // Echo before the first byte leaves, so the line is printed by the time the client has its answer.
            if (Interlocked.Exchange(ref echoed, 1) == 0) log.Echo(entry);
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            // A reset connection never starts a response.
            if (Interlocked.Exchange(ref echoed, 1) == 0) log.Echo(entry);
        }
    }

    /// <summary>
    /// The first <paramref name="limit"/> bytes of the body as text, cut before a character the limit splits, and whether
    /// the body was longer; the body is rewound for the route, which reads the rest from the connection as usual.
    /// </summary>
    private static async Task<(string Body, bool Truncated)> ReadBodyPrefixAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        var buffer = ArrayPool<byte>.Shared.Rent(limit + 1);
        try
        {
            var read = 0;
            while (read <= limit)
            {
                var n = await request.Body.ReadAsync(buffer.AsMemory(read, limit + 1 - read), cancellationToken);
                if (n == 0) break;
                read += n;
            }
            request.Body.Position = 0;
            if (read <= limit) return (Encoding.UTF8.GetString(buffer, 0, read), false);
            // Back up over UTF-8 continuation bytes (10xxxxxx) to the start of the character the cut would split.
            var cut = limit;
            while (cut > 0 && (buffer[cut] & 0xC0) == 0x80) cut--;
            return (Encoding.UTF8.GetString(buffer, 0, cut), true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
