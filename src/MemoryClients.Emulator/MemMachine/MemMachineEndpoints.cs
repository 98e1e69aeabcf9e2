using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.MemMachine.Routes;

namespace MemoryClients.Emulator.MemMachine;

/// <summary>Maps every MemMachine route: the API root <c>/memmachine/v2/</c> plus health at <c>/memmachine/health</c>.</summary>
internal static class MemMachineEndpoints
{
    public const string ApiRoot = ServiceKinds.MemMachinePrefix + "/v2";

    public static void Map(IEndpointRouteBuilder app, MemMachineContext context)
    {
        // Health and metrics are unauthenticated on the cloud (security: []).
        HealthRoutes.Map(app, context);

        var api = app.MapGroup(ApiRoot);
        api.AddEndpointFilter(async (invocation, next) =>
            MemMachineAuth.Check(invocation.HttpContext.Request, context.Options.MemMachineApiKey)
            ?? UnsupportedMediaType(invocation.HttpContext.Request)
            ?? await next(invocation));
        ProjectRoutes.Map(api, context);
        AddMemoriesRoutes.Map(api, context);
        ListMemoriesRoutes.Map(api, context);
        SearchMemoriesRoutes.Map(api, context);
        DeleteMemoriesRoutes.Map(api, context);
        // The self-hosted server's semantic administration and episodic switches, served under the same root.
        SemanticFeatureRoutes.Map(api, context);
        SemanticSetRoutes.Map(api, context);
        SemanticCategoryRoutes.Map(api, context);
        EpisodicConfigRoutes.Map(api, context);

        app.MapFallback(ServiceKinds.MemMachinePrefix + "/{**path}", () =>
            new JsonResponse(404, new JsonObject { ["code"] = 404, ["message"] = "Not Found" }));
    }

    private static JsonResponse? UnsupportedMediaType(HttpRequest request) => JsonMediaType.Unsupported(request) is { } type
        ? ServiceKinds.Error(ServiceKind.MemMachine, StatusCodes.Status415UnsupportedMediaType,
            $"Unsupported media type \"{type}\": send the request body as application/json.")
        : null;
}
