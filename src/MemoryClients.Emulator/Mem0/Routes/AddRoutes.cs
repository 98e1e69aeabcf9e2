using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Text;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>
/// <c>POST /v3/memories/add/</c>. <c>infer=false</c> stores each message verbatim and answers with the results;
/// <c>infer=true</c> (default) extracts one memory per sentence of each user message (assistant messages only when
/// <c>agent_id</c> is the only id) and answers <c>{event_id, status: "PENDING"}</c> for <c>GET /v1/event/{id}/</c>.
/// </summary>
internal static class AddRoutes
{
    private static readonly string[] Roles = ["user", "assistant", "system"];

    public static void Map(RouteGroupBuilder mem0, Mem0Context context) =>
        mem0.MapPost("/v3/memories/add/", (HttpRequest request) => AddAsync(request.HttpContext, context));

    private static async Task<IResult> AddAsync(HttpContext http, Mem0Context context)
    {
        var body = await Mem0Request.ReadObjectAsync(http);
        var messages = ReadMessages(body);
        var scope = Mem0Scope.FromBody(body);
        if (scope.IsEmpty)
            throw Mem0Errors.AddValidation("At least one entity ID is required (user_id, agent_id, app_id, or run_id).");

        var metadata = body["metadata"] switch
        {
            null => null,
            JsonObject m => m,
            _ => throw Mem0Errors.AddValidation("metadata must be an object."),
        };
        var infer = Json.AsBool(body["infer"]) ?? (body["infer"] is null ? true : throw Mem0Errors.AddValidation("infer must be a boolean."));
        var customCategories = body["custom_categories"] switch
        {
            null => null,
            JsonArray a when a.All(i => i is JsonObject) => a,
            _ => throw Mem0Errors.AddValidation("custom_categories must be a list of {name: description} objects."),
        };
        var expiration = ReadExpiration(body);
        var createdAt = ReadTimestamp(body, context.Now);
        var categorySource = customCategories ?? ProjectCategories(context);

        var results = new JsonArray();
        var memories = context.Store.Write(() =>
        {
            var added = new List<JsonObject>();
            if (infer)
            {
                var input = Json.Array(messages.Select(m => (JsonNode?)m.DeepClone()));
                foreach (var (text, factScope) in Extract(messages, scope))
                    added.Add(context.AddMemory(factScope, text, metadata, Mem0Categories.Assign(text, categorySource), createdAt, expiration, input, supersede: true));
            }
            else
            {
                foreach (var message in messages)
                {
                    if (ContentText(message["content"]) is not { Length: > 0 } text) continue;
                    added.Add(context.AddMemory(scope, text, metadata, Mem0Categories.Assign(text, categorySource), createdAt, expiration,
                        new JsonArray(message.DeepClone()), supersede: false));
                }
            }
            context.UpsertEntities(scope);
            return added;
        });

        foreach (var memory in memories)
        {
            results.Add(new JsonObject
            {
                ["id"] = memory["id"]!.DeepClone(),
                ["data"] = new JsonObject { ["memory"] = memory["memory"]!.DeepClone() },
                ["event"] = "ADD",
            });
        }

        var evt = context.RecordEvent("ADD", body, results, pending: infer);
        var eventId = evt["id"]!.DeepClone();
        if (infer) return new JsonResponse(200, new JsonObject { ["event_id"] = eventId, ["status"] = "PENDING" });
        return new JsonResponse(200, new JsonObject
        {
            ["message"] = "Memories added successfully.",
            ["status"] = "SUCCEEDED",
            ["event_id"] = eventId,
            ["results"] = results,
        });
    }

    private static List<JsonObject> ReadMessages(JsonObject body)
    {
        if (body["messages"] is not JsonArray array || array.Count == 0)
            throw Mem0Errors.AddValidation("Invalid input data. messages is required and must be a non-empty list of {role, content} objects.");
        var messages = new List<JsonObject>();
        foreach (var item in array)
        {
            if (item is not JsonObject message
                || Json.AsString(message["role"]) is not { } role
                || !Roles.Contains(role)
                || message["content"] is null)
            {
                throw Mem0Errors.AddValidation("Invalid input data. Each message needs a role (user, assistant or system) and content.");
            }
            messages.Add(message);
        }
        return messages;
    }

    /// <summary>The sentences worth remembering and whom each belongs to.</summary>
    private static IEnumerable<(string Text, Mem0Scope Scope)> Extract(List<JsonObject> messages, Mem0Scope scope)
    {
        // User facts belong to the user when there is one, not to the agent talking to them.
        var userScope = scope.UserId is not null ? scope with { AgentId = null } : scope;
        var agentOnly = scope is { AgentId: not null, UserId: null, AppId: null, RunId: null };
        foreach (var message in messages)
        {
            var role = message["role"]!.GetValue<string>();
            var target = role switch
            {
                "user" => userScope,
                "assistant" when agentOnly => scope,
                _ => null,
            };
            if (target is null || ContentText(message["content"]) is not { } text) continue;
            foreach (var sentence in SentenceSplitter.Split(text)) yield return (sentence, target);
        }
    }

    /// <summary>Plain text of a message: a string, a <c>{type: "text", text}</c> part, or the text parts of a list.</summary>
    private static string? ContentText(JsonNode? content) => content switch
    {
        JsonValue when Json.AsString(content) is { } s => s,
        JsonObject part when Json.AsString(part["type"]) == "text" => Json.AsString(part["text"]),
        JsonArray parts => string.Join(" ", parts.Select(ContentText).OfType<string>()) is { Length: > 0 } joined ? joined : null,
        _ => null,
    };

    private static string? ReadExpiration(JsonObject body)
    {
        var node = body["expiration_date"];
        if (node is null) return null;
        var text = Json.AsString(node);
        if (text is null || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw Mem0Errors.AddValidation("expiration_date must be a date in YYYY-MM-DD format.");
        return text;
    }

    private static DateTimeOffset ReadTimestamp(JsonObject body, DateTimeOffset now)
    {
        var node = body["timestamp"];
        if (node is null) return now;
        return Json.AsDouble(node) is { } seconds
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : throw Mem0Errors.AddValidation("timestamp must be a Unix timestamp in seconds.");
    }

    /// <summary>The project's category list, or null when it is still the default list (which has keyword rules).</summary>
    internal static JsonArray? ProjectCategories(Mem0Context context)
    {
        var project = context.Project(context.Options.Mem0ProjectId);
        return project["custom_categories"] is JsonArray list && !JsonNode.DeepEquals(list, Mem0Categories.DefaultsAsJson()) ? list : null;
    }
}
