using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>
/// Projects under <c>/api/v1/orgs/organizations/{org_id}/projects/</c>: create, get (<c>?fields=</c>), patch, delete,
/// and members (get, add, update role, remove by <c>?email=</c>). Only the configured organisation exists; the key's
/// own project always exists and cannot be deleted.
/// </summary>
internal static class ProjectRoutes
{
    private const string Base = "/api/v1/orgs/organizations/{orgId}/projects/";
    private const string NotFound = "Organization or project not found";
    private static readonly string[] Roles = ["READER", "OWNER"];

    private static readonly string[] Patchable =
    [
        "name", "description", "custom_instructions", "agent_custom_instructions", "custom_categories", "multilingual",
        "memory_depth", "decay", "enable_graph", "version", "inclusion_prompt", "exclusion_prompt", "expiration_date",
    ];

    public static void Map(RouteGroupBuilder mem0, Mem0Context context)
    {
        mem0.MapPost(Base, (string orgId, HttpContext http) => CreateAsync(orgId, http, context));
        mem0.MapGet(Base + "{projectId}/", (string orgId, string projectId, HttpContext http) => Get(orgId, projectId, http, context));
        mem0.MapPatch(Base + "{projectId}/", (string orgId, string projectId, HttpContext http) => PatchAsync(orgId, projectId, http, context));
        mem0.MapDelete(Base + "{projectId}/", (string orgId, string projectId) => Delete(orgId, projectId, context));
        mem0.MapGet(Base + "{projectId}/members/", (string orgId, string projectId) => Members(orgId, projectId, context));
        mem0.MapPost(Base + "{projectId}/members/", (string orgId, string projectId, HttpContext http) => AddMemberAsync(orgId, projectId, http, context));
        mem0.MapPut(Base + "{projectId}/members/", (string orgId, string projectId, HttpContext http) => UpdateMemberAsync(orgId, projectId, http, context));
        mem0.MapDelete(Base + "{projectId}/members/", (string orgId, string projectId, HttpContext http) => RemoveMember(orgId, projectId, http, context));
    }

    private static JsonObject Find(Mem0Context context, string orgId, string projectId)
    {
        if (orgId != context.Options.Mem0OrgId) throw Mem0Errors.Message(404, NotFound);
        if (projectId == context.Options.Mem0ProjectId) return context.Project(projectId);
        return context.Store.Get(Mem0Context.Projects, projectId) ?? throw Mem0Errors.Message(404, NotFound);
    }

    private static async Task<IResult> CreateAsync(string orgId, HttpContext http, Mem0Context context)
    {
        if (orgId != context.Options.Mem0OrgId) throw Mem0Errors.Message(403, "Unauthorized to create projects in this organization.");
        var body = await Mem0Request.ReadObjectAsync(http);
        if (Json.AsString(body["name"]) is not { Length: > 0 } name) throw Mem0Errors.Message(400, "Project could not be created.");
        var project = context.NewProject(Mem0Context.NewId(), name, Json.AsString(body["description"]) ?? "", isDefault: false);
        context.Store.Put(Mem0Context.Projects, project["project_id"]!.GetValue<string>(), project);
        return new JsonResponse(200, new JsonObject
        {
            ["message"] = "Project created successfully.",
            ["project_id"] = project["project_id"]!.DeepClone(),
        });
    }

    private static JsonResponse Get(string orgId, string projectId, HttpContext http, Mem0Context context)
    {
        var project = Json.Public(Find(context, orgId, projectId));
        var fields = http.Request.Query["fields"].Where(f => !string.IsNullOrEmpty(f)).Select(f => f!).ToList();
        if (fields.Count == 0) return new JsonResponse(200, project);
        var selected = new JsonObject();
        foreach (var field in fields)
        {
            if (project.ContainsKey(field)) selected[field] = project[field]?.DeepClone();
        }
        return new JsonResponse(200, selected);
    }

    private static async Task<IResult> PatchAsync(string orgId, string projectId, HttpContext http, Mem0Context context)
    {
        _ = Find(context, orgId, projectId);
        var body = await Mem0Request.ReadObjectAsync(http);
        var updates = body.Where(p => Patchable.Contains(p.Key) || p.Key == "usecase_setting").ToList();
        if (updates.Count == 0) throw Mem0Errors.Message(400, "No valid fields to update.");
        if (body["custom_categories"] is not null and not JsonArray)
            throw Mem0Errors.Message(400, "custom_categories must be a list of {name: description} objects.");
        foreach (var flag in new[] { "multilingual", "decay", "enable_graph" })
        {
            if (body[flag] is not null && !Json.IsBool(body[flag])) throw Mem0Errors.Message(400, flag + " must be a boolean.");
        }
        context.Store.Write(() =>
        {
            var project = Find(context, orgId, projectId);
            foreach (var (key, value) in updates) project[key == "usecase_setting" ? "usecase" : key] = value?.DeepClone();
            project["updated_at"] = Timestamps.Format(context.Now);
            context.Store.Put(Mem0Context.Projects, projectId, project);
        });
        return new JsonResponse(200, new JsonObject { ["message"] = "Project updated successfully" });
    }

    private static JsonResponse Delete(string orgId, string projectId, Mem0Context context)
    {
        _ = Find(context, orgId, projectId);
        if (projectId == context.Options.Mem0ProjectId) throw Mem0Errors.Message(403, "Unauthorized to modify this project.");
        context.Store.Remove(Mem0Context.Projects, projectId);
        return new JsonResponse(200, new JsonObject { ["message"] = "Project and related data deleted successfully." });
    }

    private static JsonResponse Members(string orgId, string projectId, Mem0Context context)
    {
        var project = Find(context, orgId, projectId);
        return new JsonResponse(200, new JsonObject { ["members"] = project["members"]?.DeepClone() ?? new JsonArray() });
    }

    private static async Task<(string Email, string? Role)> ReadMemberAsync(HttpContext http, bool roleRequired)
    {
        var body = await Mem0Request.ReadObjectAsync(http);
        if (Json.AsString(body["email"]) is not { Length: > 0 } email) throw Mem0Errors.Message(400, "email is required.");
        var role = Json.AsString(body["role"]);
        if (role is null && roleRequired) throw Mem0Errors.Message(400, "role is required.");
        if (role is not null && !Roles.Contains(role)) throw Mem0Errors.Message(400, "Invalid role. Must be READER or OWNER.");
        return (email, role);
    }

    private static async Task<IResult> AddMemberAsync(string orgId, string projectId, HttpContext http, Mem0Context context)
    {
        _ = Find(context, orgId, projectId);
        var (email, role) = await ReadMemberAsync(http, roleRequired: false);
        context.Store.Write(() =>
        {
            var project = Find(context, orgId, projectId);
            var members = (JsonArray)project["members"]!;
            if (members.Any(m => Json.AsString(m?["email"]) == email)) throw Mem0Errors.Message(400, "User is already a member of the project.");
            members.Add(new JsonObject { ["username"] = email.Split('@')[0], ["role"] = role ?? "READER", ["email"] = email });
            context.Store.Put(Mem0Context.Projects, projectId, project);
        });
        return new JsonResponse(200, new JsonObject { ["message"] = "User added to the project successfully." });
    }

    private static async Task<IResult> UpdateMemberAsync(string orgId, string projectId, HttpContext http, Mem0Context context)
    {
        _ = Find(context, orgId, projectId);
        var (email, role) = await ReadMemberAsync(http, roleRequired: true);
        context.Store.Write(() =>
        {
            var project = Find(context, orgId, projectId);
            var member = ((JsonArray)project["members"]!).FirstOrDefault(m => Json.AsString(m?["email"]) == email)
                ?? throw Mem0Errors.Message(404, "Member not found in the project.");
            member["role"] = role;
            context.Store.Put(Mem0Context.Projects, projectId, project);
        });
        return new JsonResponse(200, new JsonObject { ["message"] = "User role updated successfully." });
    }

    private static JsonResponse RemoveMember(string orgId, string projectId, HttpContext http, Mem0Context context)
    {
        var email = http.Request.Query["email"].ToString();
        if (email.Length == 0) throw Mem0Errors.Message(400, "email is required.");
        context.Store.Write(() =>
        {
            var project = Find(context, orgId, projectId);
            var members = (JsonArray)project["members"]!;
            var member = members.FirstOrDefault(m => Json.AsString(m?["email"]) == email)
                ?? throw Mem0Errors.Message(404, "Member not found in the project.");
            members.Remove(member);
            context.Store.Put(Mem0Context.Projects, projectId, project);
        });
        return new JsonResponse(200, new JsonObject { ["message"] = "Member removed from the project" });
    }
}
