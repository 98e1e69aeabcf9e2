using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>
/// <c>POST /v3/memories/add/</c>. <c>infer=false</c> stores each message verbatim and answers with the results;
/// <c>infer=true</c> (default) extracts facts from the user messages (assistant messages only when <c>agent_id</c> is
/// the only id), stores each unless the scope already holds it (ADD, UPDATE or NOOP) and answers
/// <c>{event_id, status: "PENDING"}</c> for <c>GET /v1/event/{id}/</c>.
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

        // Facts are extracted before the store is locked: a chat client may take a while to answer.
        var facts = new List<(string Fact, Mem0Scope Scope)>();
        if (infer)
        {
            foreach (var (text, factScope) in Conversation(messages, scope))
                facts.AddRange((await context.Facts.ExtractAsync(text, http.RequestAborted)).Select(f => (f, factScope)));
        }

        var results = context.Store.Write(() =>
        {
            var outcomes = new JsonArray();
            if (infer)
            {
                var input = Json.Array(messages.Select(m => (JsonNode?)m.DeepClone()));
                foreach (var (fact, factScope) in facts)
                {
                    var (outcome, memory, previous) = context.RememberFact(factScope, fact, metadata, Mem0Categories.Assign(fact, categorySource),
                        createdAt, expiration, input);
                    outcomes.Add(Outcome(outcome, memory, previous));
                }
            }
            else
            {
                foreach (var message in messages)
                {
                    if (ContentText(message["content"]) is not { Length: > 0 } text) continue;
                    var memory = context.AddMemory(scope, text, metadata, Mem0Categories.Assign(text, categorySource), createdAt, expiration,
                        new JsonArray(message.DeepClone()));
                    outcomes.Add(Outcome("ADD", memory, null));
                }
            }
            context.UpsertEntities(scope);
            return outcomes;
        });

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

    /// <summary>The text facts are extracted from, per scope they belong to: the user's messages, or the agent's when it is alone.</summary>
    private static IEnumerable<(string Text, Mem0Scope Scope)> Conversation(List<JsonObject> messages, Mem0Scope scope)
    {
        // User facts belong to the user when there is one, not to the agent talking to them.
        var userScope = scope.UserId is not null ? scope with { AgentId = null } : scope;
        var agentOnly = scope is { AgentId: not null, UserId: null, AppId: null, RunId: null };
        var texts = new List<(string Text, Mem0Scope Scope)>();
        foreach (var message in messages)
        {
            var role = message["role"]!.GetValue<string>();
            var target = role switch
            {
                "user" => userScope,
                "assistant" when agentOnly => scope,
                _ => null,
            };
            if (target is not null && ContentText(message["content"]) is { Length: > 0 } text) texts.Add((text, target));
        }
        // One extraction per scope, over all of its messages, as one LLM call would see them.
        return texts.GroupBy(t => t.Scope).Select(g => (string.Join("\n", g.Select(t => t.Text)), g.Key));
    }

    /// <summary>One entry of an add's results: <c>{id, data: {memory}, event}</c>, plus <c>previous_memory</c> for an UPDATE.</summary>
    private static JsonObject Outcome(string evt, JsonObject memory, string? previousMemory)
    {
        var outcome = new JsonObject
        {
            ["id"] = memory["id"]!.DeepClone(),
            ["data"] = new JsonObject { ["memory"] = memory["memory"]!.DeepClone() },
            ["event"] = evt,
        };
        if (previousMemory is not null) outcome["previous_memory"] = previousMemory;
        return outcome;
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
