using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>
/// <c>POST /v3/memories/search/</c>: ranks the memories the filters allow (by embeddings when configured, lexically
/// otherwise; scores in [0, 1]); results at or above <c>threshold</c> (default 0.1), at most <c>top_k</c> (default 10).
/// </summary>
internal static class SearchRoutes
{
    public static void Map(RouteGroupBuilder mem0, Mem0Context context) =>
        mem0.MapPost("/v3/memories/search/", (HttpRequest request) => SearchAsync(request.HttpContext, context));

    private static async Task<IResult> SearchAsync(HttpContext http, Mem0Context context)
    {
        var body = await Mem0Request.ReadObjectAsync(http);
        var queryText = Json.AsString(body["query"])?.Trim();
        if (string.IsNullOrEmpty(queryText)) throw Mem0Errors.Error(400, "query is required and must be a non-empty string.");

        var topK = body["top_k"] is null ? 10 : Json.AsLong(body["top_k"]) ?? throw Mem0Errors.Error(400, "top_k must be an integer.");
        if (topK is < 1 or > 1000) throw Mem0Errors.Error(400, "top_k must be between 1 and 1000.");
        var threshold = body["threshold"] is null ? 0.1 : Json.AsDouble(body["threshold"]) ?? throw Mem0Errors.Error(400, "threshold must be a number.");
        if (threshold is < 0 or > 1) throw Mem0Errors.Error(400, "threshold must be between 0 and 1.");
        if (body["rerank"] is not null && Json.AsBool(body["rerank"]) is null) throw Mem0Errors.Error(400, "rerank must be a boolean.");

        var query = MemoryQuery.Parse(context, body, "search").WithMetadata(body);
        var candidates = query.Run();
        var ranked = await context.Ranker.RankAsync(queryText, [.. candidates.Select(m => Json.AsString(m["memory"]) ?? "")], http.RequestAborted);

        var results = new JsonArray();
        foreach (var hit in ranked.Where(r => r.Score >= threshold).Take((int)topK))
        {
            var memory = candidates[hit.Index];
            var item = new JsonObject
            {
                ["id"] = memory["id"]?.DeepClone(),
                ["memory"] = memory["memory"]?.DeepClone(),
                ["user_id"] = memory["user_id"]?.DeepClone(),
                ["agent_id"] = memory["agent_id"]?.DeepClone(),
                ["app_id"] = memory["app_id"]?.DeepClone(),
                ["run_id"] = memory["session_id"]?.DeepClone(),
                ["score"] = hit.Score,
                ["score_breakdown"] = new JsonObject { ["semantic"] = hit.Semantic, ["bm25"] = hit.Bm25, ["entity"] = 0.0 },
                ["metadata"] = memory["metadata"]?.DeepClone(),
                ["categories"] = memory["categories"]?.DeepClone(),
                ["expiration_date"] = memory["expiration_date"]?.DeepClone(),
                ["created_at"] = memory["created_at"]?.DeepClone(),
                ["updated_at"] = memory["updated_at"]?.DeepClone(),
            };
            results.Add(Mem0Context.ApplyFields(item, query.Fields));
        }
        return new JsonResponse(200, new JsonObject { ["results"] = results });
    }
}
