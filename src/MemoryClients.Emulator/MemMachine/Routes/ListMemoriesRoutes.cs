using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.MemMachine.Filters;

namespace MemoryClients.Emulator.MemMachine.Routes;

/// <summary>
/// <c>POST memories/list</c>: offset paging (<c>page_num</c> is zero-based) over episodes and/or semantic features,
/// oldest first; <c>type</c> omitted lists both. Like the server, a bad filter here is an unhandled 500 (text/plain).
/// </summary>
internal static class ListMemoriesRoutes
{
    public static void Map(RouteGroupBuilder api, MemMachineContext context) =>
        api.MapPost("/memories/list", (HttpRequest request) => ListAsync(request.HttpContext, context));

    private static async Task<IResult> ListAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http, bodyOptional: true);
        var projectId = MemMachineRequest.ProjectId(body);
        var pageSize = MemMachineRequest.Integer(body, "page_size", 100);
        var pageNum = MemMachineRequest.Integer(body, "page_num", 0);
        var filterText = MemMachineRequest.String(body, "filter", "");
        var type = body["type"] is null ? null : MemMachineRequest.MemoryType(body["type"], "type");
        if (body["set_metadata"] is not (null or JsonObject)) throw MemMachineErrors.Invalid("set_metadata", "Input should be a valid dictionary");

        FilterExpr? filter;
        try
        {
            filter = FilterParser.Parse(filterText);
        }
        catch (FilterParseException e)
        {
            throw MemMachineErrors.Unhandled(e.Message);
        }

        var content = new JsonObject();
        if (type is null or "episodic")
        {
            var match = Compile(filter, FilterStore.EpisodeList);
            var episodes = context.EpisodesOf(projectId).Where(match);
            content["episodic_memory"] = Json.Array(Page(episodes, pageSize, pageNum).Select(e => (JsonNode?)MemMachineContext.EpisodeView(e)));
        }
        if (type is null or "semantic")
        {
            var match = Compile(filter, FilterStore.Semantic);
            var features = context.FeaturesOf(projectId).Where(match);
            content["semantic_memory"] = Json.Array(Page(features, pageSize, pageNum).Select(f => (JsonNode?)MemMachineContext.FeatureView(f)));
        }
        return new JsonResponse(200, new JsonObject { ["status"] = 0, ["content"] = content });
    }

    private static Func<JsonObject, bool> Compile(FilterExpr? filter, FilterStore store)
    {
        try
        {
            return FilterEvaluator.Compile(filter, store);
        }
        catch (FilterFieldException e)
        {
            throw MemMachineErrors.Unhandled(e.Message);
        }
    }

    /// <summary>SQL <c>LIMIT size OFFSET size*num</c> as SQLite runs it: a negative limit means no limit, a negative offset none.</summary>
    private static IEnumerable<JsonObject> Page(IEnumerable<JsonObject> items, long pageSize, long pageNum)
    {
        var offset = Math.Max(0, pageSize * pageNum);
        var skipped = items.Skip((int)Math.Min(offset, int.MaxValue));
        return pageSize < 0 ? skipped : skipped.Take((int)Math.Min(pageSize, int.MaxValue));
    }
}
