using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Faults;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Logging;
using MemoryClients.Emulator.Storage;

namespace MemoryClients.Emulator.Admin;

/// <summary>
/// The emulator's own routes under <c>/_emulator/</c>, for tests that drive a standalone emulator over HTTP:
/// <c>GET requests</c> (the request log), <c>POST reset</c> (data, log and fault counts) and
/// <c>POST faults/reset</c> (fault counts only). They need no key, are never logged and never faulted.
/// </summary>
internal static class AdminEndpoints
{
    public const string Prefix = "/_emulator";

    /// <summary>Header values that must not be echoed back, because they carry credentials.</summary>
    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Cookie" };

    public static void Map(IApplicationBuilder app, DocumentStore store, RequestLog log, FaultInjector faults) =>
        app.Map(Prefix, branch => branch.Run(context => HandleAsync(context, store, log, faults)));

    /// <summary>Clears the data and the request log and resets every fault count; the fault rules stay.</summary>
    public static void Reset(DocumentStore store, RequestLog log, FaultInjector faults)
    {
        store.Clear();
        log.Clear();
        faults.ResetCounts();
    }

    private static Task HandleAsync(HttpContext context, DocumentStore store, RequestLog log, FaultInjector faults)
    {
        var method = context.Request.Method;
        if (!HttpMethods.IsGet(method) && JsonMediaType.Unsupported(context.Request) is { } type)
        {
            return new JsonResponse(StatusCodes.Status415UnsupportedMediaType, new JsonObject
            {
                ["detail"] = $"Unsupported media type \"{type}\": the emulator's routes take application/json or no body.",
            }).ExecuteAsync(context);
        }
        IResult result = (method, context.Request.Path.Value?.TrimEnd('/')) switch
        {
            ("GET", "/requests") => new JsonResponse(200, Json.Array(log.Entries.Select(ToJson))),
            ("POST", "/reset") => Done(() => Reset(store, log, faults)),
            ("POST", "/faults/reset") => Done(faults.ResetCounts),
            _ => new JsonResponse(404, new JsonObject
            {
                ["detail"] = "Unknown emulator route. Use GET /_emulator/requests, POST /_emulator/reset or POST /_emulator/faults/reset.",
            }),
        };
        return result.ExecuteAsync(context);
    }

    private static IResult Done(Action action)
    {
        action();
        return Results.NoContent();
    }

    private static JsonObject ToJson(RequestLogEntry entry)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in entry.Headers) headers[name] = SecretHeaders.Contains(name) ? "<redacted>" : value;
        return new JsonObject
        {
            ["sequence"] = entry.Sequence,
            ["timestamp"] = entry.Timestamp.ToString("O", CultureInfo.InvariantCulture),
            ["method"] = entry.Method,
            ["path"] = entry.Path,
            ["query"] = entry.Query,
            ["status_code"] = entry.StatusCode,
            ["fault"] = entry.Fault,
            ["headers"] = headers,
            ["body"] = entry.Body,
            ["body_truncated"] = entry.BodyTruncated,
        };
    }
}
