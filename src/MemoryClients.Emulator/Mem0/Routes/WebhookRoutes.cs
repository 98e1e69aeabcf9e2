using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>
/// Webhooks: list and create under <c>/api/v1/webhooks/projects/{project_id}/</c>, update and delete under
/// <c>/api/v1/webhooks/{webhook_id}/</c>. They are stored and validated but never called.
/// </summary>
internal static class WebhookRoutes
{
    private static readonly string[] EventTypes =
    [
        "memory_add", "memory_update", "memory_delete", "memory_categorize",
        "ingest_job_completed", "ingest_job_partially_completed", "ingest_job_failed", "ingest_job_cancelled",
    ];

    private static readonly string[] UpdatableFields = ["name", "url", "event_types", "is_active"];

    public static void Map(RouteGroupBuilder mem0, Mem0Context context)
    {
        mem0.MapGet("/api/v1/webhooks/projects/{projectId}/", (string projectId) => List(projectId, context));
        mem0.MapPost("/api/v1/webhooks/projects/{projectId}/", (string projectId, HttpContext http) => CreateAsync(projectId, http, context));
        mem0.MapPut("/api/v1/webhooks/{webhookId}/", (string webhookId, HttpContext http) => UpdateAsync(webhookId, http, context));
        mem0.MapDelete("/api/v1/webhooks/{webhookId}/", (string webhookId) => Delete(webhookId, context));
    }

    private static void RequireProject(Mem0Context context, string projectId)
    {
        if (projectId != context.Options.Mem0ProjectId && !context.Store.Contains(Mem0Context.Projects, projectId))
            throw Mem0Errors.Error(403, "You don't have access to this project");
    }

    private static JsonResponse List(string projectId, Mem0Context context)
    {
        RequireProject(context, projectId);
        var hooks = context.Store.Where(Mem0Context.Webhooks, w => Json.AsString(w["project"]) == projectId);
        return new JsonResponse(200, Json.Array(hooks.Select(h => (JsonNode?)Json.Public(h))));
    }

    private static async Task<IResult> CreateAsync(string projectId, HttpContext http, Mem0Context context)
    {
        RequireProject(context, projectId);
        var body = await Mem0Request.ReadObjectAsync(http);
        foreach (var field in new[] { "name", "url", "event_types" })
        {
            if (body[field] is null) throw Mem0Errors.Field(field, "This field is required.");
        }
        Validate(body);
        var now = Timestamps.Format(context.Now);
        var id = context.Store.Next("mem0.webhook").ToString(CultureInfo.InvariantCulture);
        var hook = new JsonObject
        {
            ["webhook_id"] = id,
            ["name"] = body["name"]!.DeepClone(),
            ["url"] = body["url"]!.DeepClone(),
            ["event_types"] = body["event_types"]!.DeepClone(),
            ["owner"] = context.Options.Mem0UserEmail,
            ["is_active"] = Json.AsBool(body["is_active"]) ?? true,
            ["project"] = projectId,
            ["created_at"] = now,
            ["updated_at"] = now,
        };
        context.Store.Put(Mem0Context.Webhooks, id, hook);
        return new JsonResponse(201, hook);
    }

    private static async Task<IResult> UpdateAsync(string webhookId, HttpContext http, Mem0Context context)
    {
        var body = await Mem0Request.ReadObjectAsync(http);
        if (!context.Store.Contains(Mem0Context.Webhooks, webhookId)) throw Mem0Errors.Error(404, "Webhook not found");
        Validate(body);
        context.Store.Write(() =>
        {
            var hook = context.Store.Get(Mem0Context.Webhooks, webhookId)!;
            foreach (var field in UpdatableFields)
            {
                if (body[field] is not null) hook[field] = body[field]!.DeepClone();
            }
            hook["updated_at"] = Timestamps.Format(context.Now);
            context.Store.Put(Mem0Context.Webhooks, webhookId, hook);
        });
        return new JsonResponse(200, new JsonObject { ["message"] = "Webhook updated successfully" });
    }

    private static JsonResponse Delete(string webhookId, Mem0Context context)
    {
        if (!context.Store.Remove(Mem0Context.Webhooks, webhookId)) throw Mem0Errors.Error(404, "Webhook not found");
        return new JsonResponse(200, new JsonObject { ["message"] = "Webhook deleted successfully" });
    }

    private static void Validate(JsonObject body)
    {
        if (body["name"] is not null && Json.AsString(body["name"]) is not { Length: > 0 })
            throw Mem0Errors.Field("name", "This field may not be blank.");
        if (body["url"] is not null
            && (!Uri.TryCreate(Json.AsString(body["url"]), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            throw Mem0Errors.Field("url", "Enter a valid URL.");
        }
        if (body["event_types"] is not null)
        {
            if (body["event_types"] is not JsonArray types) throw Mem0Errors.Field("event_types", "Expected a list of items.");
            foreach (var type in types)
            {
                if (!EventTypes.Contains(Json.AsString(type)))
                    throw Mem0Errors.Field("event_types", $"\"{Json.AsString(type) ?? Json.ToText(type)}\" is not a valid choice.");
            }
        }
        if (body["is_active"] is not null && !Json.IsBool(body["is_active"])) throw Mem0Errors.Field("is_active", "Must be a valid boolean.");
    }
}
