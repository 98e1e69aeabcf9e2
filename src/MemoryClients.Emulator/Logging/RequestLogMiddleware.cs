
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
        request.EnableBuffering();
        string body;
        using (var reader = new StreamReader(request.Body, leaveOpen: true))
            body = await reader.ReadToEndAsync(context.RequestAborted);
        request.Body.Position = 0;

        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var entry = log.Add(DateTimeOffset.UtcNow, request.Method, request.Path.Value ?? "",
            request.QueryString.Value?.TrimStart('?') ?? "", headers, body);
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
}
