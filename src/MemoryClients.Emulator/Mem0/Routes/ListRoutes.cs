using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary><c>POST /v3/memories/?page=&amp;page_size=</c>: filtered listing in the DRF page envelope, newest first.</summary>
internal static class ListRoutes
{
    public static void Map(RouteGroupBuilder mem0, Mem0Context context) =>
        mem0.MapPost("/v3/memories/", (HttpRequest request) => ListAsync(request.HttpContext, context));

    private static async Task<IResult> ListAsync(HttpContext http, Mem0Context context)
    {
        var body = await Mem0Request.ReadObjectAsync(http);
        var query = MemoryQuery.Parse(context, body, "get_all").WithListOptions(body);
        var (page, pageSize) = Mem0Paging.Read(http.Request, body, 100);
        var items = query.Run().Select(m => (JsonNode)Mem0Context.ApplyFields(m, query.Fields)).ToList();
        return new JsonResponse(200, Mem0Paging.Envelope(http.Request, items, page, pageSize));
    }
}
