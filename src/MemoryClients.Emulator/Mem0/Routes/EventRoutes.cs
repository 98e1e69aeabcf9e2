using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>
/// Background job status: <c>GET /v1/event/{event_id}/</c> (each poll counts towards
/// <see cref="MemoryEmulatorOptions.Mem0EventPendingPolls"/>) and <c>GET /v1/events/</c> (page envelope, newest first).
/// </summary>
internal static class EventRoutes
{
    public static void Map(RouteGroupBuilder mem0, Mem0Context context)
    {
        mem0.MapGet("/v1/event/{eventId}/", (string eventId) => Get(eventId, context));
        mem0.MapGet("/v1/events/", (HttpRequest request) => List(request.HttpContext, context));
    }

    private static JsonResponse Get(string eventId, Mem0Context context)
    {
        var view = context.Store.Write(() =>
        {
            var evt = context.Store.Get(Mem0Context.Events, eventId.ToLowerInvariant()) ?? throw Mem0Errors.Error(404, "Event not found");
            var current = Mem0Context.EventView(evt);
            if (Json.AsLong(evt["__pending_polls"]) is > 0 and var pending)
            {
                evt["__pending_polls"] = pending - 1;
                context.Store.Put(Mem0Context.Events, Json.AsString(evt["id"])!, evt);
            }
            return current;
        });
        return new JsonResponse(200, view);
    }

    private static JsonResponse List(HttpContext http, Mem0Context context)
    {
        var (page, pageSize) = Mem0Paging.Read(http.Request, null, 100);
        var events = context.Store.All(Mem0Context.Events);
        events.Reverse();
        var type = http.Request.Query["event_type"].ToString();
        var items = events
            .Where(e => type.Length == 0 || Json.AsString(e["event_type"]) == type)
            .Select(e => (JsonNode)Mem0Context.EventView(e))
            .ToList();
        return new JsonResponse(200, Mem0Paging.Envelope(http.Request, items, page, pageSize));
    }
}
