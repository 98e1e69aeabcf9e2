using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.MemMachine.Routes;

/// <summary>
/// Projects: <c>POST projects</c> (201; 409 when it exists), <c>projects/get</c> (404 when missing), <c>projects/list</c>,
/// <c>projects/delete</c> (204; removes its episodes, features, set types, sets, categories and tags) and <c>projects/episode_count/get</c> (0 when missing).
/// The default project <c>""</c> always exists.
/// </summary>
internal static class ProjectRoutes
{
    private static readonly string[] DataCollections =
    [
        MemMachineContext.Episodes, MemMachineContext.Features, MemMachineContext.SetTypes,
        MemMachineContext.Sets, MemMachineContext.Categories, MemMachineContext.Tags,
    ];

    public static void Map(RouteGroupBuilder api, MemMachineContext context)
    {
        api.MapPost("/projects", (HttpRequest request) => CreateAsync(request.HttpContext, context));
        api.MapPost("/projects/get", (HttpRequest request) => GetAsync(request.HttpContext, context));
        api.MapPost("/projects/list", (HttpRequest request) => ListAsync(request.HttpContext, context));
        api.MapPost("/projects/delete", (HttpRequest request) => DeleteAsync(request.HttpContext, context));
        api.MapPost("/projects/episode_count/get", (HttpRequest request) => CountAsync(request.HttpContext, context));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http, bodyOptional: true);
        var projectId = MemMachineRequest.ProjectId(body);
        var description = MemMachineRequest.String(body, "description", "");
        var project = context.Store.Write(() =>
        {
            if (context.FindProject(projectId) is not null) throw MemMachineErrors.Error(409, "Project already exists");
            var created = context.NewProject(projectId, description);
            context.Store.Put(MemMachineContext.Projects, projectId, created);
            return created;
        });
        return new JsonResponse(201, MemMachineContext.ProjectView(project));
    }

    private static async Task<IResult> GetAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http, bodyOptional: true);
        var project = context.FindProject(MemMachineRequest.ProjectId(body)) ?? throw MemMachineErrors.ProjectNotFound();
        return new JsonResponse(200, MemMachineContext.ProjectView(project));
    }

    private static async Task<IResult> ListAsync(HttpContext http, MemMachineContext context)
    {
        // The cloud spec has no request body; a client sending {} is fine too.
        _ = await MemMachineRequest.ReadObjectAsync(http, bodyOptional: true);
        var stored = context.Store.All(MemMachineContext.Projects);
        var projects = new List<JsonObject>();
        if (!stored.Any(p => Json.AsString(p["project_id"]) == "")) projects.Add(context.FindProject("")!);
        projects.AddRange(stored);
        return new JsonResponse(200, Json.Array(projects.Select(p => (JsonNode?)MemMachineContext.ProjectView(p))));
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http, bodyOptional: true);
        var projectId = MemMachineRequest.ProjectId(body);
        context.Store.Write(() =>
        {
            if (context.FindProject(projectId) is null) throw MemMachineErrors.ProjectNotFound();
            foreach (var collection in DataCollections)
            {
                foreach (var doc in context.Store.Where(collection, d => Json.AsString(d["__project"]) == projectId))
                    context.Store.Remove(collection, Key(collection, doc));
            }
            context.Store.Remove(MemMachineContext.Projects, projectId);
        });
        return new JsonResponse(204, null);
    }

    private static string Key(string collection, JsonObject doc) => collection switch
    {
        MemMachineContext.Episodes => Json.AsString(doc["uid"])!,
        MemMachineContext.Features => Json.AsString(doc["metadata"]?["id"])!,
        _ => Json.AsString(doc["id"])!,
    };

    private static async Task<IResult> CountAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http, bodyOptional: true);
        var projectId = MemMachineRequest.ProjectId(body);
        var count = context.Store.Count(MemMachineContext.Episodes, e => Json.AsString(e["__project"]) == projectId);
        return new JsonResponse(200, new JsonObject { ["count"] = count });
    }
}
