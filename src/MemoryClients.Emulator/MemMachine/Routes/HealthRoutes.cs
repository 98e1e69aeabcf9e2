using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.MemMachine.Routes;

/// <summary>
/// <c>GET /memmachine/health</c> (the cloud's root <c>/health</c>) and <c>GET /memmachine/v2/health</c> (what the TS SDK
/// calls), plus <c>GET /memmachine/v2/metrics</c> in Prometheus text. None needs a key.
/// </summary>
internal static class HealthRoutes
{
    public static void Map(IEndpointRouteBuilder app, MemMachineContext context)
    {
        var health = new JsonObject { ["status"] = "healthy", ["service"] = "memmachine", ["version"] = "emulator" };
        app.MapGet(ServiceKinds.MemMachinePrefix + "/health", () => new JsonResponse(200, health.DeepClone()));
        app.MapGet(MemMachineEndpoints.ApiRoot + "/health", () => new JsonResponse(200, health.DeepClone()));
        app.MapGet(MemMachineEndpoints.ApiRoot + "/metrics", () =>
        {
            var episodes = context.Store.Count(MemMachineContext.Episodes, _ => true);
            var features = context.Store.Count(MemMachineContext.Features, _ => true);
            return new TextResponse(200, string.Create(CultureInfo.InvariantCulture,
                $"# HELP memmachine_episodes Episodes stored.\n# TYPE memmachine_episodes gauge\nmemmachine_episodes {episodes}\n" +
                $"# HELP memmachine_semantic_features Semantic features stored.\n# TYPE memmachine_semantic_features gauge\nmemmachine_semantic_features {features}\n"),
                "text/plain; version=0.0.4; charset=utf-8");
        });
    }
}
