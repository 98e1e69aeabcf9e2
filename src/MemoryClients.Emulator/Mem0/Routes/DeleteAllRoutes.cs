using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>
/// <c>DELETE /v1/memories/?user_id=&amp;agent_id=&amp;app_id=&amp;run_id=&amp;metadata=</c>: deletes every memory matching all
/// the given ids (<c>*</c> = any value); at least one is required. Answers <c>{message, event_id}</c>.
/// </summary>
internal static class DeleteAllRoutes
{
    private static readonly (string Query, string Field)[] Keys =
        [("user_id", "user_id"), ("agent_id", "agent_id"), ("app_id", "app_id"), ("run_id", "session_id")];

    public static void Map(RouteGroupBuilder mem0, Mem0Context context) =>
        mem0.MapDelete("/v1/memories/", (HttpRequest request) => DeleteAll(request.HttpContext, context));

    private static JsonResponse DeleteAll(HttpContext http, Mem0Context context)
    {
        var query = http.Request.Query;
        var conditions = Keys
            .Select(k => (k.Field, Value: query[k.Query].ToString()))
            .Where(c => c.Value.Length > 0)
            .ToList();
        JsonObject? metadata = null;
        var metadataText = query["metadata"].ToString();
        if (metadataText.Length > 0)
        {
            if (!Json.TryParse(metadataText, out var parsed, out _) || parsed is not JsonObject m)
                throw Mem0Errors.Error(400, "metadata must be a JSON object encoded as a string.");
            metadata = m;
        }
        if (conditions.Count == 0 && metadata is null)
        {
            throw Mem0Errors.Error(400,
                "At least one filter is required to delete memories: user_id, agent_id, app_id, run_id or metadata. Use \"*\" to match every value of a field.");
        }

        bool Matches(JsonObject memory) =>
            conditions.All(c => Json.AsString(memory[c.Field]) is { } actual && (c.Value == "*" || c.Value == actual))
            && (metadata is null || (memory["metadata"] is JsonObject actualMetadata
                && metadata.All(w => JsonNode.DeepEquals(actualMetadata[w.Key], w.Value))));

        var results = new JsonArray();
        context.Store.Write(() =>
        {
            foreach (var memory in context.Store.Where(Mem0Context.Memories, Matches))
            {
                context.DeleteMemory(memory);
                results.Add(new JsonObject
                {
                    ["id"] = memory["id"]!.DeepClone(),
                    ["data"] = new JsonObject { ["memory"] = memory["memory"]?.DeepClone() },
                    ["event"] = "DELETE",
                });
            }
        });
        var payload = new JsonObject();
        foreach (var (key, value) in query) payload[key] = value.ToString();
        var evt = context.RecordEvent("DELETE", payload, results);
        return new JsonResponse(200, new JsonObject
        {
            ["message"] = "Delete in progress. This may take some time.",
            ["event_id"] = evt["id"]!.DeepClone(),
        });
    }
}
