using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.MemMachine.Routes;

/// <summary>
/// Semantic categories and tags (self-hosted server routes): <c>POST memories/semantic/category</c> (201, a category of
/// one set), <c>category/template</c> (201, a category every set of a set type inherits; 404 "Set type not found"),
/// <c>category/template/list</c>, <c>category/get</c> (404 "Category not found"), <c>category/disable</c> (204, one
/// set stops using a category by name; 404 "Set not found"), <c>category/set_ids/get</c> (the sets that use it),
/// <c>category/delete</c> (204, with its tags), <c>category/tag</c> (201 <c>{tag_id}</c>) and <c>category/tag/delete</c>
/// (204; 404 "Tag not found").
/// </summary>
internal static class SemanticCategoryRoutes
{
    public static void Map(RouteGroupBuilder api, MemMachineContext context)
    {
        api.MapPost("/memories/semantic/category", (HttpRequest request) => AddAsync(request.HttpContext, context, template: false));
        api.MapPost("/memories/semantic/category/template", (HttpRequest request) => AddAsync(request.HttpContext, context, template: true));
        api.MapPost("/memories/semantic/category/template/list", (HttpRequest request) => ListTemplatesAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/category/get", (HttpRequest request) => GetAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/category/disable", (HttpRequest request) => DisableAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/category/set_ids/get", (HttpRequest request) => SetIdsAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/category/delete", (HttpRequest request) => DeleteAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/category/tag", (HttpRequest request) => AddTagAsync(request.HttpContext, context));
        api.MapPost("/memories/semantic/category/tag/delete", (HttpRequest request) => DeleteTagAsync(request.HttpContext, context));
    }

    private static async Task<IResult> AddAsync(HttpContext http, MemMachineContext context, bool template)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var owner = template ? "set_type_id" : "set_id";
        var ownerId = MemMachineRequest.Required(body, owner);
        var name = MemMachineRequest.Required(body, "category_name");
        var prompt = MemMachineRequest.Required(body, "prompt");
        var description = MemMachineRequest.OptionalString(body, "description");
        var id = context.Store.Write(() =>
        {
            if (template && context.FindIn(MemMachineContext.SetTypes, projectId, ownerId) is null)
                throw MemMachineErrors.Error(404, "Set type not found");
            var categoryId = context.NewId("mm.category");
            context.Store.Put(MemMachineContext.Categories, categoryId, new JsonObject
            {
                ["id"] = categoryId,
                ["name"] = name,
                ["prompt"] = prompt,
                ["description"] = description,
                [owner] = ownerId,
                ["__project"] = projectId,
            });
            return categoryId;
        });
        return new JsonResponse(201, new JsonObject { ["category_id"] = id });
    }

    private static async Task<IResult> ListTemplatesAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var setTypeId = MemMachineRequest.Required(body, "set_type_id");
        _ = SemanticSetRoutes.FindType(context, projectId, setTypeId);
        var templates = context.Store.Where(MemMachineContext.Categories, c => Json.AsString(c["__project"]) == projectId && Json.AsString(c["set_type_id"]) == setTypeId);
        var views = templates.Select(c => (JsonNode?)new JsonObject
        {
            ["id"] = c["id"]!.DeepClone(),
            ["name"] = c["name"]!.DeepClone(),
            ["origin_type"] = "set_type",
            ["origin_id"] = setTypeId,
            ["inherited"] = false,
        });
        return new JsonResponse(200, new JsonObject { ["categories"] = Json.Array(views) });
    }

    private static async Task<IResult> GetAsync(HttpContext http, MemMachineContext context)
    {
        var (projectId, id) = await CategoryRequestAsync(http);
        var category = Find(context, projectId, id);
        return new JsonResponse(200, Json.PublicWithoutNulls(new JsonObject
        {
            ["id"] = category["id"]!.DeepClone(),
            ["name"] = category["name"]!.DeepClone(),
            ["prompt"] = category["prompt"]!.DeepClone(),
            ["description"] = category["description"]?.DeepClone(),
        }));
    }

    private static async Task<IResult> DisableAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var setId = MemMachineRequest.Required(body, "set_id");
        var name = MemMachineRequest.Required(body, "category_name");
        context.Store.Write(() =>
        {
            var set = SemanticSetRoutes.FindSet(context, projectId, setId);
            if (!IsDisabled(set, name)) set["__disabled"]!.AsArray().Add(JsonValue.Create(name));
            context.Store.Put(MemMachineContext.Sets, setId, set);
        });
        return new JsonResponse(204, null);
    }

    private static async Task<IResult> SetIdsAsync(HttpContext http, MemMachineContext context)
    {
        var (projectId, id) = await CategoryRequestAsync(http);
        var category = Find(context, projectId, id);
        var name = Json.AsString(category["name"])!;
        // A set's own category: that set (it may be one the server made, never listed here) unless it disabled it.
        IEnumerable<string> setIds = Json.AsString(category["set_id"]) is { } own
            ? context.Store.Get(MemMachineContext.Sets, own) is { } set && IsDisabled(set, name) ? [] : [own]
            : InheritingSets(context, projectId, Json.AsString(category["set_type_id"])!).Where(s => !IsDisabled(s, name)).Select(s => Json.AsString(s["id"])!);
        return new JsonResponse(200, new JsonObject { ["set_ids"] = Json.Strings(setIds) });
    }

    private static bool IsDisabled(JsonObject set, string categoryName) => set["__disabled"]!.AsArray().Any(d => Json.AsString(d) == categoryName);

    /// <summary>The sets of a set type: the project's sets with its level and exactly its tags.</summary>
    private static List<JsonObject> InheritingSets(MemMachineContext context, string projectId, string setTypeId)
    {
        var type = context.FindIn(MemMachineContext.SetTypes, projectId, setTypeId);
        if (type is null) return [];
        var tags = type["tags"]!.AsArray().Select(t => Json.AsString(t)!).ToList();
        return context.Store.Where(MemMachineContext.Sets, s => Json.AsString(s["__project"]) == projectId
            && Json.AsBool(s["is_org_level"]) == Json.AsBool(type["is_org_level"]) && SemanticSetRoutes.SameTags(s, tags));
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, MemMachineContext context)
    {
        var (projectId, id) = await CategoryRequestAsync(http);
        context.Store.Write(() => Remove(context, Find(context, projectId, id)));
        return new JsonResponse(204, null);
    }

    /// <summary>Deletes a category and its tags.</summary>
    public static void Remove(MemMachineContext context, JsonObject category)
    {
        var id = Json.AsString(category["id"])!;
        foreach (var tag in context.Store.Where(MemMachineContext.Tags, t => Json.AsString(t["category_id"]) == id))
            context.Store.Remove(MemMachineContext.Tags, Json.AsString(tag["id"])!);
        context.Store.Remove(MemMachineContext.Categories, id);
    }

    private static async Task<IResult> AddTagAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var categoryId = MemMachineRequest.Required(body, "category_id");
        var name = MemMachineRequest.Required(body, "tag_name");
        var description = MemMachineRequest.Required(body, "tag_description");
        var id = context.Store.Write(() =>
        {
            _ = Find(context, projectId, categoryId);
            var tagId = context.NewId("mm.tag");
            context.Store.Put(MemMachineContext.Tags, tagId, new JsonObject
            {
                ["id"] = tagId,
                ["category_id"] = categoryId,
                ["name"] = name,
                ["description"] = description,
                ["__project"] = projectId,
            });
            return tagId;
        });
        return new JsonResponse(201, new JsonObject { ["tag_id"] = id });
    }

    private static async Task<IResult> DeleteTagAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var id = MemMachineRequest.Required(body, "tag_id");
        context.Store.Write(() =>
        {
            _ = context.Require(MemMachineContext.Tags, projectId, id, "Tag not found");
            context.Store.Remove(MemMachineContext.Tags, id);
        });
        return new JsonResponse(204, null);
    }

    private static async Task<(string ProjectId, string CategoryId)> CategoryRequestAsync(HttpContext http)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        return (MemMachineRequest.ProjectId(body), MemMachineRequest.Required(body, "category_id"));
    }

    private static JsonObject Find(MemMachineContext context, string projectId, string id) =>
        context.Require(MemMachineContext.Categories, projectId, id, "Category not found");
}
