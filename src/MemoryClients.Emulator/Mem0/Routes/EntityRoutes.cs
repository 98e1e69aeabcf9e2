using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>
/// Entities: <c>GET /v1/entities/</c> (page envelope plus totals), <c>DELETE /v2/entities/{type}/{name}/</c>
/// (the entity and all its memories) and the deprecated <c>DELETE /v1/entities/{type}/{id}/</c> by entity id.
/// </summary>
internal static class EntityRoutes
{
    private static readonly string[] Types = ["user", "agent", "app", "run"];

    public static void Map(RouteGroupBuilder mem0, Mem0Context context)
    {
        mem0.MapGet("/v1/entities/", (HttpRequest request) => List(request.HttpContext, context));
        mem0.MapDelete("/v2/entities/{entityType}/{entityId}/", (string entityType, string entityId) => DeleteByName(entityType, entityId, context));
        mem0.MapDelete("/v1/entities/{entityType}/{entityId}/", (string entityType, string entityId) => DeleteById(entityType, entityId, context));
    }

    private static JsonResponse List(HttpContext http, Mem0Context context)
    {
        var (page, pageSize) = Mem0Paging.Read(http.Request, null, 100);
        var (entities, memories) = context.Store.Read(() => (context.Store.All(Mem0Context.Entities), context.Store.All(Mem0Context.Memories)));
        var items = entities
            .Select((e, i) => (Entity: e, Index: i))
            .OrderByDescending(x => Json.AsString(x.Entity["created_at"]), StringComparer.Ordinal)
            .ThenByDescending(x => x.Index)
            .Select(x =>
            {
                var entity = Json.Public(x.Entity);
                var field = Mem0Scope.FieldFor(Json.AsString(entity["type"]) ?? "")!;
                var name = Json.AsString(entity["name"]);
                entity["total_memories"] = memories.Count(m => Json.AsString(m[field]) == name);
                return (JsonNode)entity;
            })
            .ToList();
        var envelope = Mem0Paging.Envelope(http.Request, items, page, pageSize);
        foreach (var type in Types)
            envelope["total_" + type + "s"] = entities.Count(e => Json.AsString(e["type"]) == type);
        return new JsonResponse(200, envelope);
    }

    private static JsonResponse DeleteByName(string entityType, string name, Mem0Context context)
    {
        if (!Types.Contains(entityType))
            throw Mem0Errors.Message(400, "Invalid entity type. Must be one of: user, agent, app, run.");
        var eventId = DeleteEntity(context, entityType, name);
        return new JsonResponse(200, new JsonObject { ["message"] = "Entity deleted successfully.", ["event_id"] = eventId });
    }

    private static JsonResponse DeleteById(string entityType, string entityId, Mem0Context context)
    {
        if (!Types.Contains(entityType))
            throw Mem0Errors.Message(400, "Invalid entity type. Must be one of: user, agent, app, run.");
        var entity = context.Store.Where(Mem0Context.Entities, e => Json.AsString(e["id"]) == entityId && Json.AsString(e["type"]) == entityType)
            .FirstOrDefault() ?? throw Mem0Errors.Error(404, "Entity not found");
        DeleteEntity(context, entityType, Json.AsString(entity["name"])!);
        return new JsonResponse(200, new JsonObject { ["message"] = "Entity deleted successfully!" });
    }

    /// <summary>Deletes the entity record and every memory carrying its id; returns the DELETE event id.</summary>
    private static string DeleteEntity(Mem0Context context, string type, string name)
    {
        var field = Mem0Scope.FieldFor(type)!;
        var results = new JsonArray();
        context.Store.Write(() =>
        {
            foreach (var memory in context.Store.Where(Mem0Context.Memories, m => Json.AsString(m[field]) == name))
            {
                context.DeleteMemory(memory);
                results.Add(new JsonObject { ["id"] = memory["id"]!.DeepClone(), ["event"] = "DELETE" });
            }
            context.Store.Remove(Mem0Context.Entities, type + ":" + name);
        });
        var evt = context.RecordEvent("DELETE", new JsonObject { ["entity_type"] = type, ["entity_id"] = name }, results);
        return evt["id"]!.GetValue<string>();
    }
}
