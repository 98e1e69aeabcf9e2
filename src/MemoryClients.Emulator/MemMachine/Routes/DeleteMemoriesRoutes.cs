using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.MemMachine.Routes;

/// <summary>
/// <c>POST memories/episodic/delete</c> (ids are episode uids; the project must exist; unknown ids are ignored) and
/// <c>POST memories/semantic/delete</c> (ids are <c>metadata.id</c>; deleted wherever they are, as the server does). Both 204.
/// </summary>
internal static class DeleteMemoriesRoutes
{
    public static void Map(RouteGroupBuilder api, MemMachineContext context)
    {
        api.MapPost("/memories/episodic/delete", (HttpRequest request) => DeleteEpisodicAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/delete", (HttpRequest request) => DeleteSemanticAsync(request.HttpContext, context));
    }

    private static async Task<IResult> DeleteEpisodicAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var ids = MemMachineRequest.Ids(body, "episodic_id", "episodic_ids");
        context.Store.Write(() =>
        {
            if (context.FindProject(projectId) is null) throw MemMachineErrors.ProjectNotFound();
            foreach (var id in ids)
            {
                if (context.Store.Get(MemMachineContext.Episodes, id) is { } episode && Json.AsString(episode["__project"]) == projectId)
                    context.Store.Remove(MemMachineContext.Episodes, id);
            }
        });
        return new JsonResponse(204, null);
    }

    private static async Task<IResult> DeleteSemanticAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        _ = MemMachineRequest.ProjectId(body);
        var ids = MemMachineRequest.Ids(body, "semantic_id", "semantic_ids");
        context.Store.Write(() =>
        {
            foreach (var id in ids) context.Store.Remove(MemMachineContext.Features, id);
        });
        return new JsonResponse(204, null);
    }
}
