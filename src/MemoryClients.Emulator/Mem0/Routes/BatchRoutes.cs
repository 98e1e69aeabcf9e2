using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>
/// <c>PUT /v1/batch/</c> (text and/or metadata per memory) and <c>DELETE /v1/batch/</c> (JSON body), at most 1000
/// memories; the whole batch is validated before anything changes.
/// </summary>
internal static class BatchRoutes
{
    private const int MaxItems = 1000;

    public static void Map(RouteGroupBuilder mem0, Mem0Context context)
    {
        mem0.MapPut("/v1/batch/", (HttpRequest request) => UpdateAsync(request.HttpContext, context));
        mem0.MapDelete("/v1/batch/", (HttpRequest request) => DeleteAsync(request.HttpContext, context));
    }

    private static async Task<List<(string Id, JsonObject Item)>> ReadAsync(HttpContext http, Mem0Context context, string verb)
    {
        var body = await Mem0Request.ReadObjectAsync(http);
        if (body["memories"] is not JsonArray items || items.Count == 0)
            throw Mem0Errors.Error(400, "memories is required and must be a non-empty list.");
        if (items.Count > MaxItems)
            throw Mem0Errors.Error(400, string.Create(CultureInfo.InvariantCulture, $"Cannot {verb} more than {MaxItems} memories in a single request."));
        var parsed = new List<(string, JsonObject)>();
        foreach (var node in items)
        {
            if (node is not JsonObject item) throw Mem0Errors.Error(400, "Each entry of memories must be an object with a memory_id.");
            var id = Mem0Request.MemoryId(Json.AsString(item["memory_id"]), $"Invalid memory ID: {Json.ToText(item["memory_id"])}");
            if (!context.Store.Contains(Mem0Context.Memories, id)) throw Mem0Errors.Error(400, $"Memory {id} not found.");
            parsed.Add((id, item));
        }
        return parsed;
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, Mem0Context context)
    {
        var items = await ReadAsync(http, context, "update");
        foreach (var (_, item) in items)
        {
            if (item["text"] is not null && string.IsNullOrWhiteSpace(Json.AsString(item["text"])))
                throw Mem0Errors.Error(400, "text must be a non-empty string.");
            if (item["metadata"] is not (null or JsonObject)) throw Mem0Errors.Error(400, "metadata must be a JSON object.");
        }
        context.Store.Write(() =>
        {
            var categories = AddRoutes.ProjectCategories(context);
            foreach (var (id, item) in items)
            {
                var memory = context.Store.Get(Mem0Context.Memories, id)!;
                var old = Json.AsString(memory["memory"]);
                if (Json.AsString(item["text"]) is { } text)
                {
                    memory["memory"] = text;
                    memory["categories"] = Json.Strings(Mem0Categories.Assign(text, categories));
                }
                if (item["metadata"] is JsonObject metadata) memory["metadata"] = metadata.DeepClone();
                memory["updated_at"] = Timestamps.Format(context.Now);
                context.Store.Put(Mem0Context.Memories, id, memory);
                context.AddHistory(memory, "UPDATE", old, Json.AsString(memory["memory"]));
            }
        });
        return new JsonResponse(200, new JsonObject
        {
            ["message"] = string.Create(CultureInfo.InvariantCulture, $"Successfully updated {items.Count} memories"),
        });
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, Mem0Context context)
    {
        var items = await ReadAsync(http, context, "delete");
        var deleted = context.Store.Write(() =>
        {
            var count = 0;
            foreach (var id in items.Select(i => i.Id).Distinct(StringComparer.Ordinal))
            {
                if (context.Store.Get(Mem0Context.Memories, id) is not { } memory) continue;
                context.DeleteMemory(memory);
                count++;
            }
            return count;
        });
        return new JsonResponse(200, new JsonObject
        {
            ["message"] = string.Create(CultureInfo.InvariantCulture, $"Successfully deleted {deleted} memories"),
        });
    }
}
