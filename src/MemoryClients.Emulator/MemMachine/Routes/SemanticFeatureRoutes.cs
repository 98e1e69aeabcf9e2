using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.MemMachine.Routes;

/// <summary>
/// Semantic features by hand (self-hosted server routes): <c>POST memories/semantic/feature</c> (201 <c>{feature_id}</c>),
/// <c>memories/semantic/feature/get</c> (citations only with <c>load_citations</c>; 404 "Feature not found") and
/// <c>memories/semantic/feature/update</c> (204; absent or null fields stay). Features live with the extracted ones, so
/// <c>memories/list</c>, search and <c>memories/semantic/delete</c> see them.
/// </summary>
internal static class SemanticFeatureRoutes
{
    public static void Map(RouteGroupBuilder api, MemMachineContext context)
    {
        api.MapPost("/memories/semantic/feature", (HttpRequest request) => AddAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/feature/get", (HttpRequest request) => GetAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/feature/update", (HttpRequest request) => UpdateAsync(request.HttpContext, context));
    }

    private static async Task<IResult> AddAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var setId = MemMachineRequest.Required(body, "set_id");
        var category = MemMachineRequest.Required(body, "category_name");
        var tag = MemMachineRequest.Required(body, "tag");
        var name = MemMachineRequest.Required(body, "feature");
        var value = MemMachineRequest.Required(body, "value");
        var other = MemMachineRequest.Object(body, "feature_metadata");
        var citations = MemMachineRequest.Strings(body, "citations", required: false) ?? [];
        var feature = context.Store.Write(() =>
        {
            var created = context.NewFeature(projectId, setId, category, tag, name, value, (JsonObject?)other?.DeepClone());
            created["metadata"]!["citations"] = Json.Strings(citations);
            context.Store.Put(MemMachineContext.Features, Json.AsString(created["metadata"]!["id"])!, created);
            return created;
        });
        return new JsonResponse(201, new JsonObject { ["feature_id"] = feature["metadata"]!["id"]!.DeepClone() });
    }

    private static async Task<IResult> GetAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var id = MemMachineRequest.Required(body, "feature_id");
        var loadCitations = MemMachineRequest.Boolean(body, "load_citations", false);
        var view = MemMachineContext.FeatureView(Find(context, projectId, id));
        if (!loadCitations) view["metadata"]!.AsObject().Remove("citations");
        return new JsonResponse(200, view);
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var id = MemMachineRequest.Required(body, "feature_id");
        var changes = new Dictionary<string, string?>
        {
            ["category"] = MemMachineRequest.OptionalString(body, "category_name"),
            ["tag"] = MemMachineRequest.OptionalString(body, "tag"),
            ["feature_name"] = MemMachineRequest.OptionalString(body, "feature"),
            ["value"] = MemMachineRequest.OptionalString(body, "value"),
        };
        var metadata = MemMachineRequest.Object(body, "metadata");
        if (metadata is not null && metadata.Any(m => !Json.IsString(m.Value)))
            throw MemMachineErrors.Invalid("metadata", "Input should be a valid string");
        context.Store.Write(() =>
        {
            var feature = Find(context, projectId, id);
            foreach (var (key, value) in changes)
            {
                if (value is not null) feature[key] = value;
            }
            if (metadata is not null) feature["metadata"]!["other"] = metadata.DeepClone();
            feature["__updated_at"] = Timestamps.Format(context.Now);
            context.Store.Put(MemMachineContext.Features, id, feature);
        });
        return new JsonResponse(204, null);
    }

    private static JsonObject Find(MemMachineContext context, string projectId, string id) =>
        context.Require(MemMachineContext.Features, projectId, id, "Feature not found");
}
