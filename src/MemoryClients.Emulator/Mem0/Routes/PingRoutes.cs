using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary><c>GET /v1/ping/</c>: identity of the key (status, org, project, e-mail).</summary>
internal static class PingRoutes
{
    public static void Map(RouteGroupBuilder mem0, Mem0Context context) =>
        mem0.MapGet("/v1/ping/", () => new JsonResponse(200, new JsonObject
        {
            ["status"] = "ok",
            ["org_id"] = context.Options.Mem0OrgId,
            ["project_id"] = context.Options.Mem0ProjectId,
            ["user_email"] = context.Options.Mem0UserEmail,
        }));
}
