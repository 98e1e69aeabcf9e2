using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0;

/// <summary>The four Mem0 entity ids a memory can carry (the run id is stored as <c>session_id</c>).</summary>
internal sealed record Mem0Scope(string? UserId, string? AgentId, string? AppId, string? RunId)
{
    public bool IsEmpty => UserId is null && AgentId is null && AppId is null && RunId is null;

    public static Mem0Scope FromBody(JsonObject body) =>
        new(NonEmpty(body, "user_id"), NonEmpty(body, "agent_id"), NonEmpty(body, "app_id"), NonEmpty(body, "run_id"));

    public static Mem0Scope FromMemory(JsonObject memory) =>
        new(Json.AsString(memory["user_id"]), Json.AsString(memory["agent_id"]), Json.AsString(memory["app_id"]), Json.AsString(memory["session_id"]));

    /// <summary>Entity type and name pairs, as the entities endpoints name them.</summary>
    public IEnumerable<(string Type, string Name)> Entities()
    {
        if (UserId is not null) yield return ("user", UserId);
        if (AgentId is not null) yield return ("agent", AgentId);
        if (AppId is not null) yield return ("app", AppId);
        if (RunId is not null) yield return ("run", RunId);
    }

    /// <summary>The stored field an entity type lives in.</summary>
    public static string? FieldFor(string entityType) => entityType switch
    {
        "user" => "user_id",
        "agent" => "agent_id",
        "app" => "app_id",
        "run" => "session_id",
        _ => null,
    };

    private static string? NonEmpty(JsonObject body, string key)
    {
        var node = body[key];
        if (node is null) return null;
        var text = Json.AsString(node) ?? throw Mem0Errors.AddValidation($"{key} must be a string.");
        return text.Length == 0 ? null : text;
    }
}
