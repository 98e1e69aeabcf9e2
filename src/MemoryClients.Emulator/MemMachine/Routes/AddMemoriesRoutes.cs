using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.MemMachine.Filters;

namespace MemoryClients.Emulator.MemMachine.Routes;

/// <summary>
/// <c>POST memories</c>: stores each message as an episode (uids in order) and, when <c>types</c> is empty or includes
/// <c>semantic</c>, keeps the facts of each non-assistant, non-system message as semantic features at once. Unknown
/// projects are created, as on the server.
/// </summary>
internal static class AddMemoriesRoutes
{
    public static void Map(RouteGroupBuilder api, MemMachineContext context) =>
        api.MapPost("/memories", (HttpRequest request) => AddAsync(request.HttpContext, context));

    private static async Task<IResult> AddAsync(HttpContext http, MemMachineContext context)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http);
        var projectId = MemMachineRequest.ProjectId(body);
        var types = MemMachineRequest.Types(body);
        var messages = ReadMessages(body, context.Now);

        // Facts are extracted before the store is locked: a chat client may take a while to answer.
        var semantic = types.Count == 0 || types.Contains("semantic");
        var facts = new List<List<string>>(messages.Count);
        foreach (var (message, _) in messages)
        {
            var extract = semantic && Json.AsString(message["role"]) is not ("assistant" or "system");
            facts.Add(extract ? await context.Facts.ExtractAsync(Json.AsString(message["content"]) ?? "", http.RequestAborted) : []);
        }

        var results = context.Store.Write(() =>
        {
            context.EnsureProject(projectId);
            var uids = new JsonArray();
            for (var i = 0; i < messages.Count; i++)
            {
                var episode = context.AddEpisode(projectId, messages[i].Message, messages[i].CreatedAt);
                context.RememberFeatures(projectId, episode, facts[i]);
                uids.Add(new JsonObject { ["uid"] = episode["uid"]!.DeepClone() });
            }
            return uids;
        });
        return new JsonResponse(200, new JsonObject { ["results"] = results });
    }

    private static List<(JsonObject Message, DateTimeOffset CreatedAt)> ReadMessages(JsonObject body, DateTimeOffset now)
    {
        if (body["messages"] is null) throw MemMachineErrors.Invalid("messages", "Field required");
        if (body["messages"] is not JsonArray array) throw MemMachineErrors.Invalid("messages", "Input should be a valid list");
        if (array.Count == 0) throw MemMachineErrors.Invalid("messages", "List should have at least 1 item after validation, not 0");

        var messages = new List<(JsonObject, DateTimeOffset)>();
        for (var i = 0; i < array.Count; i++)
        {
            var at = $"messages.{i}";
            if (array[i] is not JsonObject message) throw MemMachineErrors.Invalid(at, "Input should be a valid dictionary or object to extract fields from");
            if (message["content"] is null) throw MemMachineErrors.Invalid(at + ".content", "Field required");
            foreach (var key in new[] { "content", "producer", "produced_for", "role" })
            {
                if (message[key] is not null && !Json.IsString(message[key])) throw MemMachineErrors.Invalid($"{at}.{key}", "Input should be a valid string");
            }
            if (message["metadata"] is { } metadata)
            {
                if (metadata is not JsonObject entries) throw MemMachineErrors.Invalid(at + ".metadata", "Input should be a valid dictionary");
                foreach (var (key, value) in entries)
                {
                    // MemoryMessage.metadata is dict[str, str]: numbers and booleans are rejected.
                    if (!Json.IsString(value)) throw MemMachineErrors.Invalid($"{at}.metadata.{key}", "Input should be a valid string");
                }
            }
            if (message["episode_type"] is { } type && type.GetValueKind() != JsonValueKind.Null && Json.AsString(type) != "message")
                throw MemMachineErrors.Invalid(at + ".episode_type", "Input should be 'message'");
            messages.Add((message, Timestamp(message["timestamp"], at, now)));
        }
        return messages;
    }

    /// <summary>ISO 8601 (naive taken as UTC), Unix seconds, or Unix milliseconds (anything above 10^12); null means now.</summary>
    private static DateTimeOffset Timestamp(JsonNode? node, string at, DateTimeOffset now)
    {
        if (node is null || node.GetValueKind() == JsonValueKind.Null) return now;
        if (Json.AsDouble(node) is { } number)
        {
            var seconds = number > 1_000_000_000_000 ? number / 1000 : number;
            return DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
        }
        if (Json.AsString(node) is { } text && IsoDate.Parse(text) is { } parsed) return parsed;
        throw MemMachineErrors.Invalid(at + ".timestamp", string.Create(CultureInfo.InvariantCulture, $"Value error, Unsupported timestamp: {Json.ToText(node)}"));
    }
}
