using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Mem0.Filters;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary><c>POST /v1/summary/</c> (Python SDK only): a one-item array whose summary joins the matching memories.</summary>
internal static class SummaryRoutes
{
    public static void Map(RouteGroupBuilder mem0, Mem0Context context) =>
        mem0.MapPost("/v1/summary/", (HttpRequest request) => SummarizeAsync(request.HttpContext, context));

    private static async Task<IResult> SummarizeAsync(HttpContext http, Mem0Context context)
    {
        var body = await Mem0Request.ReadObjectAsync(http);
        Func<JsonObject, bool> predicate = _ => true;
        if (body["filters"] is JsonObject { Count: > 0 } filters)
        {
            try
            {
                predicate = Mem0Filter.Compile(filters);
            }
            catch (Mem0FilterException e)
            {
                throw Mem0Errors.Error(400, e.Message);
            }
        }
        var memories = context.Store.Where(Mem0Context.Memories, m => predicate(m) && context.IsLive(m));
        var summary = string.Join(" ", memories.Select(m => Json.AsString(m["memory"])));
        return new JsonResponse(200, new JsonArray(new JsonObject
        {
            ["summary"] = summary,
            ["memory_count"] = memories.Count,
        }));
    }
}
