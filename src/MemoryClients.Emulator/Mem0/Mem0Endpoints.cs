using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Mem0.Routes;

namespace MemoryClients.Emulator.Mem0;

/// <summary>Maps every Mem0 route under <c>/mem0/</c>; each route group lives in its own file under <c>Routes/</c>.</summary>
internal static class Mem0Endpoints
{
    public static void Map(IEndpointRouteBuilder app, Mem0Context context)
    {
        var mem0 = app.MapGroup(ServiceKinds.Mem0Prefix);
        mem0.AddEndpointFilter(async (invocation, next) =>
        {
            var request = invocation.HttpContext.Request;
            // ASP.NET routing ignores a missing trailing slash; Django does not.
            if (request.Path.Value?.EndsWith('/') != true) return NotFound();
            return Mem0Auth.Check(request, context.Options.Mem0ApiKey) ?? UnsupportedMediaType(request) ?? await next(invocation);
        });

        PingRoutes.Map(mem0, context);
        AddRoutes.Map(mem0, context);
        ListRoutes.Map(mem0, context);
        SearchRoutes.Map(mem0, context);
        MemoryRoutes.Map(mem0, context);
        DeleteAllRoutes.Map(mem0, context);
        EntityRoutes.Map(mem0, context);
        BatchRoutes.Map(mem0, context);
        FeedbackRoutes.Map(mem0, context);
        ExportRoutes.Map(mem0, context);
        EventRoutes.Map(mem0, context);
        SummaryRoutes.Map(mem0, context);
        ProjectRoutes.Map(mem0, context);
        WebhookRoutes.Map(mem0, context);

        // Django answers unknown paths (including a missing trailing slash on POST) with a 404.
        app.MapFallback(ServiceKinds.Mem0Prefix + "/{**path}", NotFound);
    }

    /// <summary>The REST framework's answer to a body that is not JSON, raised when the view reads it (after authentication).</summary>
    private static JsonResponse? UnsupportedMediaType(HttpRequest request) => JsonMediaType.Unsupported(request) is { } type
        ? new(StatusCodes.Status415UnsupportedMediaType, new JsonObject { ["detail"] = $"Unsupported media type \"{type}\" in request." })
        : null;

    private static JsonResponse NotFound() => new(StatusCodes.Status404NotFound, new JsonObject { ["detail"] = "Not found." });
}
