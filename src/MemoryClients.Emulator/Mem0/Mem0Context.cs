using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Storage;
using MemoryClients.Emulator.Text;

namespace MemoryClients.Emulator.Mem0;

/// <summary>The Mem0 data model shared by the route groups: collections, memory documents, history, events, entities.</summary>
internal sealed class Mem0Context(DocumentStore store, MemoryEmulatorOptions options)
{
    public const string Memories = "mem0.memories";
    public const string History = "mem0.history";
    public const string Events = "mem0.events";
    public const string Entities = "mem0.entities";
    public const string Exports = "mem0.exports";
    public const string Feedback = "mem0.feedback";
    public const string Webhooks = "mem0.webhooks";
    public const string Projects = "mem0.projects";

    public DocumentStore Store => store;

    public MemoryEmulatorOptions Options => options;

    public SearchRanker Ranker { get; } = new(options.EmbeddingGenerator);

    public DateTimeOffset Now => options.TimeProvider.GetUtcNow();

    public static string NewId() => Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture);

    public FactExtractor Facts { get; } = new(options.InferenceChatClient);

    /// <summary>Stores a new memory with its ADD history entry.</summary>
    public JsonObject AddMemory(Mem0Scope scope, string text, JsonObject? metadata, IReadOnlyList<string> categories,
        DateTimeOffset createdAt, string? expirationDate, JsonArray input) => store.Write(() =>
    {
        var memory = new JsonObject
        {
            ["id"] = NewId(),
            ["memory"] = text,
            ["user_id"] = scope.UserId,
            ["agent_id"] = scope.AgentId,
            ["app_id"] = scope.AppId,
            ["session_id"] = scope.RunId,
            ["metadata"] = metadata?.DeepClone(),
            ["categories"] = Json.Strings(categories),
            ["created_at"] = Timestamps.Format(createdAt),
            ["updated_at"] = Timestamps.Format(createdAt),
            ["expiration_date"] = expirationDate,
            ["structured_attributes"] = StructuredAttributes(createdAt),
            ["replaced_by"] = null,
            ["synthesized"] = false,
            ["lifecycle_state"] = "active",
        };
        var id = memory["id"]!.GetValue<string>();
        store.Put(Memories, id, memory);
        AddHistory(memory, "ADD", null, text, input);
        return memory;
    });

    /// <summary>
    /// Stores an inferred fact as the service's extraction would: <c>NOOP</c> when the scope already holds it (the
    /// held memory is returned), <c>UPDATE</c> when it gives a held attribute a new value (the new memory supersedes
    /// the old one through <c>replaced_by</c>, as the service links superseded memories), <c>ADD</c> otherwise.
    /// </summary>
    public (string Event, JsonObject Memory, string? PreviousMemory) RememberFact(Mem0Scope scope, string fact, JsonObject? metadata,
        IReadOnlyList<string> categories, DateTimeOffset createdAt, string? expirationDate, JsonArray input) => store.Write(() =>
    {
        var held = store.Where(Memories, m => m["replaced_by"] is null && Mem0Scope.FromMemory(m) == scope && IsLive(m));
        var key = FactRules.Key(fact);
        if (held.FirstOrDefault(m => FactRules.Key(Json.AsString(m["memory"]) ?? "") == key) is { } same) return ("NOOP", same, null);

        var attribute = FactRules.Attribute(fact);
        var changed = attribute is null ? null : held.FirstOrDefault(m => FactRules.Attribute(Json.AsString(m["memory"]) ?? "") == attribute);
        var memory = AddMemory(scope, fact, metadata, categories, createdAt, expirationDate, input);
        if (changed is null) return ("ADD", memory, (string?)null);
        changed["replaced_by"] = memory["id"]!.DeepClone();
        changed["lifecycle_state"] = "superseded";
        store.Put(Memories, Json.AsString(changed["id"])!, changed);
        return ("UPDATE", memory, Json.AsString(changed["memory"]));
    });

    public void AddHistory(JsonObject memory, string evt, string? oldMemory, string? newMemory, JsonArray? input = null)
    {
        var now = Timestamps.Format(Now);
        var entry = new JsonObject
        {
            ["id"] = NewId(),
            ["memory_id"] = memory["id"]?.DeepClone(),
            ["input"] = input?.DeepClone() ?? new JsonArray(),
            ["old_memory"] = oldMemory,
            ["new_memory"] = newMemory,
            ["user_id"] = memory["user_id"]?.DeepClone(),
            ["agent_id"] = memory["agent_id"]?.DeepClone(),
            ["app_id"] = memory["app_id"]?.DeepClone(),
            ["session_id"] = memory["session_id"]?.DeepClone(),
            ["categories"] = memory["categories"]?.DeepClone(),
            ["event"] = evt,
            ["metadata"] = memory["metadata"]?.DeepClone(),
            ["created_at"] = now,
            ["updated_at"] = now,
        };
        store.Put(History, entry["id"]!.GetValue<string>(), entry);
    }

    /// <summary>Deletes a memory, leaving a DELETE history entry.</summary>
    public void DeleteMemory(JsonObject memory) => store.Write(() =>
    {
        AddHistory(memory, "DELETE", Json.AsString(memory["memory"]), null);
        store.Remove(Memories, Json.AsString(memory["id"])!);
    });

    /// <summary>Records a finished background job; the first <see cref="MemoryEmulatorOptions.Mem0EventPendingPolls"/> polls still see it PENDING.</summary>
    public JsonObject RecordEvent(string eventType, JsonObject payload, JsonArray results, bool pending = true)
    {
        var now = Timestamps.Format(Now);
        var evt = new JsonObject
        {
            ["id"] = NewId(),
            ["event_type"] = eventType,
            ["status"] = "SUCCEEDED",
            ["payload"] = payload.DeepClone(),
            ["metadata"] = null,
            ["results"] = results.DeepClone(),
            ["created_at"] = now,
            ["updated_at"] = now,
            ["started_at"] = now,
            ["completed_at"] = now,
            ["latency"] = 0.0,
            ["graph_status"] = null,
            ["error"] = null,
            ["__pending_polls"] = pending ? Math.Max(0, options.Mem0EventPendingPolls) : 0,
        };
        store.Put(Events, evt["id"]!.GetValue<string>(), evt);
        return evt;
    }

    /// <summary>How an event looks to a reader: still PENDING (without results) while polls remain.</summary>
    public static JsonObject EventView(JsonObject evt)
    {
        var view = Json.Public(evt);
        if (Json.AsLong(evt["__pending_polls"]) is > 0)
        {
            view["status"] = "PENDING";
            view["results"] = new JsonArray();
            view["started_at"] = null;
            view["completed_at"] = null;
            view["latency"] = null;
        }
        return view;
    }

    public void UpsertEntities(Mem0Scope scope) => store.Write(() =>
    {
        var now = Timestamps.Format(Now);
        foreach (var (type, name) in scope.Entities())
        {
            var key = type + ":" + name;
            var entity = store.Get(Entities, key) ?? new JsonObject
            {
                ["id"] = NewId(),
                ["name"] = name,
                ["type"] = type,
                ["created_at"] = now,
                ["owner"] = options.Mem0UserEmail,
                ["metadata"] = new JsonObject(),
            };
            entity["updated_at"] = now;
            store.Put(Entities, key, entity);
        }
    });

    /// <summary>False for memories whose expiration date has passed (hidden unless <c>show_expired</c>).</summary>
    public bool IsLive(JsonObject memory)
    {
        var expiry = Json.AsString(memory["expiration_date"]);
        if (expiry is null || !DateOnly.TryParseExact(expiry, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return true;
        return day >= DateOnly.FromDateTime(Now.UtcDateTime);
    }

    public JsonObject Project(string projectId) => store.Get(Projects, projectId) ?? store.Write(() =>
    {
        var project = store.Get(Projects, projectId);
        if (project is not null) return project;
        project = NewProject(projectId, "Default Project", "", isDefault: true);
        store.Put(Projects, projectId, project);
        return project;
    });

    public JsonObject NewProject(string projectId, string name, string description, bool isDefault)
    {
        var now = Timestamps.Format(Now);
        return new JsonObject
        {
            ["project_id"] = projectId,
            ["name"] = name,
            ["description"] = description,
            ["created_at"] = now,
            ["updated_at"] = now,
            ["members"] = new JsonArray(new JsonObject
            {
                ["username"] = options.Mem0UserEmail.Split('@')[0],
                ["role"] = "OWNER",
                ["email"] = options.Mem0UserEmail,
            }),
            ["usecase"] = null,
            ["memory_depth"] = "standard",
            ["inclusion_prompt"] = null,
            ["exclusion_prompt"] = null,
            ["custom_categories"] = Mem0Categories.DefaultsAsJson(),
            ["custom_instructions"] = "",
            ["agent_custom_instructions"] = null,
            ["update_custom_instructions"] = null,
            ["summary_custom_instructions"] = null,
            ["summary_batch_size"] = 10,
            ["summary_max_tokens"] = null,
            ["expiration_date"] = null,
            ["enable_graph"] = false,
            ["multilingual"] = false,
            ["version"] = "v3",
            ["is_default"] = isDefault,
            ["active_prompt_profile"] = null,
            ["decay"] = false,
            ["user_role"] = "OWNER",
        };
    }

    /// <summary>A memory projected onto <paramref name="fields"/> (the id is always kept), or all of it.</summary>
    public static JsonObject ApplyFields(JsonObject item, IReadOnlyCollection<string>? fields)
    {
        var copy = Json.Public(item);
        if (fields is null || fields.Count == 0) return copy;
        var projected = new JsonObject();
        foreach (var (key, value) in copy)
        {
            if (key == "id" || fields.Contains(key)) projected[key] = value?.DeepClone();
        }
        return projected;
    }

    private static JsonObject StructuredAttributes(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new JsonObject
        {
            ["day"] = utc.Day,
            ["hour"] = utc.Hour,
            ["year"] = utc.Year,
            ["month"] = utc.Month,
            ["minute"] = utc.Minute,
            ["quarter"] = (utc.Month - 1) / 3 + 1,
            ["is_weekend"] = utc.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday,
            ["day_of_week"] = utc.DayOfWeek.ToString().ToLowerInvariant(),
            ["day_of_year"] = utc.DayOfYear,
            ["week_of_year"] = ISOWeek.GetWeekOfYear(utc),
        };
    }
}
