using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>
/// One memory: <c>GET</c>, <c>PUT</c> and <c>DELETE /v1/memories/{memory_id}/</c> (<c>?delete_linked=true</c> also
/// deletes the chain it superseded) and <c>GET /v1/memories/{memory_id}/history/</c>. Non-UUID ids get 400.
/// <c>GET /v1/memories/events/</c> is, despite its name, every memory's history entries, newest first, in the page
/// envelope (<c>page</c>, <c>limit</c>).
/// </summary>
internal static class MemoryRoutes
{
    private const string NotFound = "Memory not found";

    public static void Map(RouteGroupBuilder mem0, Mem0Context context)
    {
        mem0.MapGet("/v1/memories/{memoryId}/", (string memoryId) => Get(memoryId, context));
        mem0.MapPut("/v1/memories/{memoryId}/", (string memoryId, HttpContext http) => UpdateAsync(memoryId, http, context));
        mem0.MapDelete("/v1/memories/{memoryId}/", (string memoryId, HttpContext http) => Delete(memoryId, http, context));
        mem0.MapGet("/v1/memories/{memoryId}/history/", (string memoryId) => History(memoryId, context));
        // A literal segment outranks {memoryId}, so this is not taken for a memory id.
        mem0.MapGet("/v1/memories/events/", (HttpRequest request) => HistoryPage(request, context));
    }

    private static JsonObject Find(Mem0Context context, string id) =>
        context.Store.Get(Mem0Context.Memories, id) ?? throw Mem0Errors.Error(404, NotFound);

    private static JsonResponse Get(string memoryId, Mem0Context context) =>
        new(200, Json.Public(Find(context, Mem0Request.MemoryId(memoryId))));

    private static async Task<IResult> UpdateAsync(string memoryId, HttpContext http, Mem0Context context)
    {
        var id = Mem0Request.MemoryId(memoryId);
        var body = await Mem0Request.ReadObjectAsync(http);
        _ = Find(context, id);
        string[] updatable = ["text", "metadata", "timestamp", "expiration_date"];
        if (!updatable.Any(body.ContainsKey))
            throw Mem0Errors.Error(400, "At least one of text, metadata, timestamp or expiration_date must be provided.");

        var text = body.ContainsKey("text") ? Json.AsString(body["text"]) : null;
        if (body.ContainsKey("text") && string.IsNullOrWhiteSpace(text)) throw Mem0Errors.Error(400, "text must be a non-empty string.");
        if (body.ContainsKey("metadata") && body["metadata"] is not (null or JsonObject)) throw Mem0Errors.Error(400, "metadata must be a JSON object.");
        DateTimeOffset? timestamp = body.ContainsKey("timestamp") ? ReadTimestamp(body["timestamp"]) : null;
        if (body.ContainsKey("expiration_date") && body["expiration_date"] is not null
            && !DateOnly.TryParseExact(Json.AsString(body["expiration_date"]), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw Mem0Errors.Error(400, "expiration_date must be a date in YYYY-MM-DD format, or null to clear it.");
        }

        var updated = context.Store.Write(() =>
        {
            var memory = Find(context, id);
            var old = Json.AsString(memory["memory"]);
            if (text is not null)
            {
                memory["memory"] = text;
                memory["categories"] = Json.Strings(Mem0Categories.Assign(text, AddRoutes.ProjectCategories(context)));
            }
            if (body.ContainsKey("metadata")) memory["metadata"] = body["metadata"]?.DeepClone();
            if (timestamp is { } at) memory["created_at"] = Timestamps.Format(at);
            // An explicit null clears the expiry.
            if (body.ContainsKey("expiration_date")) memory["expiration_date"] = body["expiration_date"]?.DeepClone();
            memory["updated_at"] = Timestamps.Format(context.Now);
            context.Store.Put(Mem0Context.Memories, id, memory);
            context.AddHistory(memory, "UPDATE", old, Json.AsString(memory["memory"]));
            return memory;
        });
        return new JsonResponse(200, Json.Public(updated));
    }

    private static DateTimeOffset ReadTimestamp(JsonNode? node)
    {
        if (Json.AsDouble(node) is { } seconds) return DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
        return Timestamps.Parse(Json.AsString(node)) ?? throw Mem0Errors.Error(400, "timestamp must be Unix seconds or an ISO 8601 datetime.");
    }

    private static JsonResponse Delete(string memoryId, HttpContext http, Mem0Context context)
    {
        var id = Mem0Request.MemoryId(memoryId);
        var linked = string.Equals(http.Request.Query["delete_linked"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
        var cascade = context.Store.Write(() =>
        {
            var memory = Find(context, id);
            var chain = linked ? SupersededChain(context, id) : [];
            foreach (var older in chain) context.DeleteMemory(older);
            context.DeleteMemory(memory);
            return chain.Count;
        });
        var result = new JsonObject { ["message"] = "Memory deleted successfully!" };
        if (linked) result["cascade_count"] = cascade;
        return new JsonResponse(200, result);
    }

    /// <summary>The memories <paramref name="id"/> replaced, directly or through older replacements.</summary>
    private static List<JsonObject> SupersededChain(Mem0Context context, string id)
    {
        var chain = new List<JsonObject>();
        var frontier = new Queue<string>([id]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        while (frontier.TryDequeue(out var current))
        {
            foreach (var older in context.Store.Where(Mem0Context.Memories, m => Json.AsString(m["replaced_by"]) == current))
            {
                var olderId = Json.AsString(older["id"])!;
                if (!seen.Add(olderId)) continue;
                chain.Add(older);
                frontier.Enqueue(olderId);
            }
        }
        return chain;
    }

    private static JsonResponse History(string memoryId, Mem0Context context)
    {
        var id = Mem0Request.MemoryId(memoryId);
        var entries = context.Store.Where(Mem0Context.History, h => Json.AsString(h["memory_id"]) == id);
        return new JsonResponse(200, Json.Array(entries.Select(e => (JsonNode?)Json.Public(e))));
    }

    private static JsonResponse HistoryPage(HttpRequest request, Mem0Context context)
    {
        var (page, limit) = Mem0Paging.Read(request, null, 100, sizeName: "limit");
        var entries = context.Store.All(Mem0Context.History);
        entries.Reverse();
        var items = entries.Select(e => (JsonNode)Json.Public(e)).ToList();
        return new JsonResponse(200, Mem0Paging.Envelope(request, items, page, limit));
    }
}
