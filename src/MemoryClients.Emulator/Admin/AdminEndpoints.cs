using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Faults;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Logging;
using MemoryClients.Emulator.Mem0;
using MemoryClients.Emulator.Storage;

namespace MemoryClients.Emulator.Admin;

/// <summary>
/// The emulator's own routes under <c>/_emulator/</c>: the dashboard page and the JSON it polls, <c>GET requests</c>
/// (the request log), <c>POST reset</c> (data, log and fault counts) and <c>POST faults/reset</c> (fault counts only).
/// They need no key, are never logged and never faulted.
/// </summary>
internal static class AdminEndpoints
{
    public const string Prefix = "/_emulator";

    public static void Map(IApplicationBuilder app, DocumentStore store, RequestLog log, FaultInjector faults, MemoryEmulatorOptions options)
    {
        var data = new DashboardData(store, log, faults, options);
        app.Map(Prefix, branch => branch.Run(context => Route(context, store, log, faults, data).ExecuteAsync(context)));
    }

    /// <summary>Clears the data and the request log and resets every fault count; the fault rules stay.</summary>
    public static void Reset(DocumentStore store, RequestLog log, FaultInjector faults)
    {
        store.Clear();
        log.Clear();
        faults.ResetCounts();
    }

    private static IResult Route(HttpContext context, DocumentStore store, RequestLog log, FaultInjector faults, DashboardData data)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        if (HttpMethods.IsGet(request.Method))
        {
            // The page's relative links need the trailing slash.
            if (path.Length == 0) return Results.Redirect(Prefix + "/");
            if (DashboardAssets.Find(path) is { } asset) return asset;
        }
        else if (JsonMediaType.Unsupported(request) is { } type)
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, $"Unsupported media type \"{type}\": the emulator's routes take application/json or no body.");
        }

        var query = request.Query;
        return (request.Method, path.TrimEnd('/')) switch
        {
            ("GET", "/overview") => new JsonResponse(200, data.Overview()),
            ("GET", "/requests") => new JsonResponse(200, data.Requests(Number(query["after"], 0), (int)Math.Min(Number(query["limit"], int.MaxValue), int.MaxValue))),
            ("GET", "/memories") when query["service"] == "mem0" && Mem0Scope.FieldFor(query["type"].ToString()) is not null =>
                new JsonResponse(200, data.Mem0Memories(query["type"].ToString(), query["id"].ToString())),
            ("GET", "/memories") when query["service"] == "memmachine" => new JsonResponse(200, data.MemMachineMemories(query["project"].ToString())),
            ("GET", "/memories") => Error(400, "Use /_emulator/memories?service=mem0&type=user|agent|app|run&id=ID or ?service=memmachine&project=ID."),
            ("POST", "/reset") => Done(() => Reset(store, log, faults)),
            ("POST", "/faults/reset") => Done(faults.ResetCounts),
            _ => Error(404, "Unknown emulator route. Open /_emulator/ for the dashboard; the others are GET /_emulator/requests, " +
                "POST /_emulator/reset and POST /_emulator/faults/reset."),
        };
    }

    private static long Number(string? text, long fallback) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static JsonResponse Error(int status, string detail) => new(status, new JsonObject { ["detail"] = detail });

    private static IResult Done(Action action)
    {
        action();
        return Results.NoContent();
    }
}
