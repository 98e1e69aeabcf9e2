using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.MemMachine.Filters;
using MemoryClients.Emulator.Text;

namespace MemoryClients.Emulator.MemMachine.Routes;

/// <summary>
/// <c>POST memories/search</c>, ranked by embeddings when configured, lexically otherwise. Episodic: long-term hits are the <c>top_k</c> best matches (score &gt; 0 and at
/// least <c>score_threshold</c>), widened by <c>expand_context</c> neighbours and returned in time order; short-term is the
/// <c>top_k</c> most recent episodes. Semantic: the <c>top_k</c> best matching features. A bad filter is 422.
/// </summary>
internal static class SearchMemoriesRoutes
{
    public static void Map(RouteGroupBuilder api, MemMachineContext context) =>
        api.MapPost("/memories/search", (HttpRequest request) => SearchAsync(request.HttpContext, context));

    private static async Task<IResult> SearchAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        if (body["query"] is null) throw MemMachineErrors.Invalid("query", "Field required");
        var query = MemMachineRequest.String(body, "query", "");
        var topK = MemMachineRequest.Integer(body, "top_k", 10);
        var expand = MemMachineRequest.Integer(body, "expand_context", 0);
        var filterText = MemMachineRequest.String(body, "filter", "");
        var types = MemMachineRequest.Types(body);
        _ = MemMachineRequest.Boolean(body, "agent_mode", false);
        double? threshold = body["score_threshold"] is null
            ? null
            : Json.AsDouble(body["score_threshold"]) ?? throw MemMachineErrors.Invalid("score_threshold", "Input should be a valid number");
        if (body["set_metadata"] is not (null or JsonObject)) throw MemMachineErrors.Invalid("set_metadata", "Input should be a valid dictionary");

        Func<JsonObject, bool> longTerm, shortTerm, semantic;
        try
        {
            var filter = FilterParser.Parse(filterText);
            var episodic = types.Count == 0 || types.Contains("episodic");
            var semanticWanted = types.Count == 0 || types.Contains("semantic");
            longTerm = episodic ? FilterEvaluator.Compile(filter, FilterStore.LongTermSearch) : _ => false;
            shortTerm = episodic ? FilterEvaluator.Compile(filter, FilterStore.ShortTermSearch) : _ => false;
            semantic = semanticWanted ? FilterEvaluator.Compile(filter, FilterStore.Semantic) : _ => false;
        }
        catch (Exception e) when (e is FilterParseException or FilterFieldException)
        {
            throw MemMachineErrors.Error(422, "invalid argument: " + e.Message);
        }

        context.EnsureProject(projectId);
        var take = (int)Math.Clamp(topK, 0, int.MaxValue);
        var content = new JsonObject();
        if (types.Count == 0 || types.Contains("episodic"))
        {
            var all = context.EpisodesOf(projectId);
            content["episodic_memory"] = new JsonObject
            {
                ["long_term_memory"] = new JsonObject { ["episodes"] = await LongTermAsync(context.Ranker, all, longTerm, query, take, threshold, expand, http.RequestAborted) },
                ["short_term_memory"] = new JsonObject
                {
                    ["episodes"] = Json.Array(all.Where(shortTerm).TakeLast(take).Select(e => (JsonNode?)MemMachineContext.EpisodeSearchView(e, null))),
                    ["episode_summary"] = new JsonArray(),
                },
            };
        }
        if (types.Count == 0 || types.Contains("semantic"))
        {
            var features = context.FeaturesOf(projectId).Where(semantic).ToList();
            var ranked = await context.Ranker.RankAsync(query, [.. features.Select(f => Json.AsString(f["value"]) ?? "")], http.RequestAborted);
            content["semantic_memory"] = Json.Array(ranked
                .Where(r => r.Score > 0 && (threshold is null || r.Score >= threshold))
                .Take(take)
                .Select(r => (JsonNode?)MemMachineContext.FeatureView(features[r.Index])));
        }
        return new JsonResponse(200, new JsonObject { ["status"] = 0, ["content"] = content });
    }

    private static async Task<JsonArray> LongTermAsync(SearchRanker ranker, List<JsonObject> all, Func<JsonObject, bool> filter, string query,
        int take, double? threshold, long expand, CancellationToken cancellationToken)
    {
        var candidates = all.Where(filter).ToList();
        var hits = (await ranker.RankAsync(query, [.. candidates.Select(e => Json.AsString(e["content"]) ?? "")], cancellationToken))
            .Where(r => r.Score > 0 && (threshold is null || r.Score >= threshold))
            .Take(take)
            .ToDictionary(r => Json.AsString(candidates[r.Index]["uid"])!, r => r.Score, StringComparer.Ordinal);

        // Neighbours come from the project's timeline; they carry no score.
        var selected = new HashSet<int>();
        for (var i = 0; i < all.Count; i++)
        {
            if (!hits.ContainsKey(Json.AsString(all[i]["uid"])!)) continue;
            var reach = (int)Math.Clamp(expand, 0, all.Count);
            for (var j = Math.Max(0, i - reach); j <= Math.Min(all.Count - 1, i + reach); j++) selected.Add(j);
        }
        return Json.Array(selected.Order().Select(i =>
        {
            var uid = Json.AsString(all[i]["uid"])!;
            return (JsonNode?)MemMachineContext.EpisodeSearchView(all[i], hits.TryGetValue(uid, out var score) ? score : null);
        }));
    }
}
