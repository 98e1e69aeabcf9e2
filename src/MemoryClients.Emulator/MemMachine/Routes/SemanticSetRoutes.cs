using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.MemMachine.Routes;

/// <summary>
/// Semantic set types and sets (self-hosted server routes): <c>POST memories/semantic/set_type</c> (201 <c>{set_type_id}</c>),
/// <c>set_type/list</c>, <c>set_type/delete</c> (204, with its category templates; 404 "Set type not found"),
/// <c>set_id/get</c> (get-or-create: the same level, tags and tag values always give the same set; a set type with the
/// same tags lends its name and description), <c>set_id/list</c> (the sets whose values include <c>set_metadata</c>)
/// and <c>set/configure</c> (204; 404 "Set not found").
/// </summary>
internal static class SemanticSetRoutes
{
    public static void Map(RouteGroupBuilder api, MemMachineContext context)
    {
        api.MapPost("/memories/semantic/set_type", (HttpRequest request) => CreateTypeAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/set_type/list", (HttpRequest request) => ListTypesAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/set_type/delete", (HttpRequest request) => DeleteTypeAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/set_id/get", (HttpRequest request) => GetSetIdAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/set_id/list", (HttpRequest request) => ListSetsAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/set/configure", (HttpRequest request) => ConfigureSetAsync(request.HttpContext, context));
    }

    private static async Task<IResult> CreateTypeAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var tags = MemMachineRequest.Strings(body, "metadata_tags", required: true)!;
        var orgLevel = MemMachineRequest.Boolean(body, "is_org_level", false);
        var name = MemMachineRequest.OptionalString(body, "name");
        var description = MemMachineRequest.OptionalString(body, "description");
        var id = context.Store.Write(() =>
        {
            var setTypeId = context.NewId("mm.set_type");
            context.Store.Put(MemMachineContext.SetTypes, setTypeId, new JsonObject
            {
                ["id"] = setTypeId,
                ["is_org_level"] = orgLevel,
                ["tags"] = Json.Strings(tags),
                ["name"] = name,
                ["description"] = description,
                ["__project"] = projectId,
            });
            return setTypeId;
        });
        return new JsonResponse(201, new JsonObject { ["set_type_id"] = id });
    }

    private static async Task<IResult> ListTypesAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http, bodyOptional: true);
        var projectId = MemMachineRequest.ProjectId(body);
        var types = context.Store.Where(MemMachineContext.SetTypes, t => Json.AsString(t["__project"]) == projectId);
        return new JsonResponse(200, new JsonObject { ["set_types"] = Json.Array(types.Select(t => (JsonNode?)Json.PublicWithoutNulls(t))) });
    }

    private static async Task<IResult> DeleteTypeAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var id = MemMachineRequest.Required(body, "set_type_id");
        context.Store.Write(() =>
        {
            _ = FindType(context, projectId, id);
            foreach (var template in context.Store.Where(MemMachineContext.Categories, c => Json.AsString(c["set_type_id"]) == id))
                SemanticCategoryRoutes.Remove(context, template);
            context.Store.Remove(MemMachineContext.SetTypes, id);
        });
        return new JsonResponse(204, null);
    }

    private static async Task<IResult> GetSetIdAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var tags = MemMachineRequest.Strings(body, "metadata_tags", required: true)!;
        var orgLevel = MemMachineRequest.Boolean(body, "is_org_level", false);
        var metadata = MemMachineRequest.Object(body, "set_metadata") ?? [];
        // The set is named by its tags' values; other metadata does not tell sets apart.
        var values = new JsonObject();
        foreach (var tag in tags.Order(StringComparer.Ordinal)) values[tag] = metadata[tag]?.DeepClone();
        var id = context.Store.Write(() =>
        {
            var existing = context.Store.Where(MemMachineContext.Sets, s => Json.AsString(s["__project"]) == projectId
                && Json.AsBool(s["is_org_level"]) == orgLevel && JsonNode.DeepEquals(s["__values"], values));
            if (existing.Count > 0) return Json.AsString(existing[0]["id"])!;
            var type = context.Store.Where(MemMachineContext.SetTypes, t => Json.AsString(t["__project"]) == projectId
                && Json.AsBool(t["is_org_level"]) == orgLevel && SameTags(t, tags)).FirstOrDefault();
            var setId = "set_" + context.NewId("mm.set");
            context.Store.Put(MemMachineContext.Sets, setId, new JsonObject
            {
                ["id"] = setId,
                ["is_org_level"] = orgLevel,
                ["tags"] = Json.Strings(tags),
                ["name"] = type?["name"]?.DeepClone(),
                ["description"] = type?["description"]?.DeepClone(),
                ["__values"] = values,
                ["__disabled"] = new JsonArray(),
                ["__project"] = projectId,
            });
            return setId;
        });
        return new JsonResponse(200, new JsonObject { ["set_id"] = id });
    }

    private static async Task<IResult> ListSetsAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http, bodyOptional: true);
        var projectId = MemMachineRequest.ProjectId(body);
        var wanted = MemMachineRequest.Object(body, "set_metadata") ?? [];
        var sets = context.Store.Where(MemMachineContext.Sets, s => Json.AsString(s["__project"]) == projectId
            && wanted.All(w => s["__values"]!.AsObject().ContainsKey(w.Key) && JsonNode.DeepEquals(s["__values"]![w.Key], w.Value)));
        var views = sets.Select(s => (JsonNode?)new JsonObject
        {
            ["id"] = s["id"]!.DeepClone(),
            ["is_org_level"] = s["is_org_level"]!.DeepClone(),
            ["tags"] = s["tags"]!.DeepClone(),
            ["name"] = s["name"]?.DeepClone(),
            ["description"] = s["description"]?.DeepClone(),
        });
        return new JsonResponse(200, new JsonObject { ["sets"] = Json.Array(views) });
    }

    private static async Task<IResult> ConfigureSetAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var id = MemMachineRequest.Required(body, "set_id");
        var embedder = MemMachineRequest.OptionalString(body, "embedder_name");
        var llm = MemMachineRequest.OptionalString(body, "llm_name");
        context.Store.Write(() =>
        {
            var set = FindSet(context, projectId, id);
            if (embedder is not null) set["__embedder_name"] = embedder;
            if (llm is not null) set["__llm_name"] = llm;
            context.Store.Put(MemMachineContext.Sets, id, set);
        });
        return new JsonResponse(204, null);
    }

    public static JsonObject FindSet(MemMachineContext context, string projectId, string id) =>
        context.Require(MemMachineContext.Sets, projectId, id, "Set not found");

    public static JsonObject FindType(MemMachineContext context, string projectId, string id) =>
        context.Require(MemMachineContext.SetTypes, projectId, id, "Set type not found");

    /// <summary>Whether a set type or set has exactly these tags, in any order.</summary>
    public static bool SameTags(JsonObject doc, IEnumerable<string> tags) =>
        doc["tags"]!.AsArray().Select(Json.AsString).Order(StringComparer.Ordinal).SequenceEqual(tags.Order(StringComparer.Ordinal));
}
