using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Faults;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Logging;
using MemoryClients.Emulator.Mem0;
using MemoryClients.Emulator.MemMachine;
using MemoryClients.Emulator.Storage;

namespace MemoryClients.Emulator.Admin;

/// <summary>
/// What the dashboard shows, as JSON: an overview it polls (projects, entities, fault rules, where the request log
/// stands and a data version), the memories of one scope, and request log entries with credentials redacted.
/// </summary>
internal sealed class DashboardData(DocumentStore store, RequestLog log, FaultInjector faults, MemoryEmulatorOptions options)
{
    /// <summary>The most memories (or episodes, or features) one scope answer lists, newest first.</summary>
    public const int MaxMemories = 1000;

    /// <summary>Header values that must not be echoed back, because they carry credentials.</summary>
    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "X-Api-Key", "Api-Key",
    };

    private static readonly string[] EntityTypes = ["user", "agent", "app", "run"];

    public JsonObject Overview()
    {
        var (oldest, last, count) = log.Span();
        return new JsonObject
        {
            ["data_version"] = store.Version,
            ["mem0"] = new JsonObject
            {
                ["org_id"] = options.Mem0OrgId,
                ["projects"] = Json.Strings(store.Query(Mem0Context.Projects, p => p.Select(d => Json.AsString(d["project_id"]) ?? ""))
                    .Prepend(options.Mem0ProjectId).Distinct(StringComparer.Ordinal)),
                ["entities"] = Mem0Entities(),
            },
            ["memmachine"] = new JsonObject
            {
                ["org_id"] = options.MemMachineOrgId,
                ["projects"] = MemMachineProjects(),
            },
            ["faults"] = Json.Array(faults.Rules.Select(r => (JsonNode)new JsonObject
            {
                ["method"] = r.Method,
                ["path"] = r.PathPattern,
                ["fault"] = r.Fault.ToString(),
                ["applied"] = r.AppliedCount,
            })),
            ["requests"] = new JsonObject { ["oldest"] = oldest, ["last"] = last, ["count"] = count },
        };
    }

    /// <summary>The Mem0 memories that carry the entity id, newest first.</summary>
    public JsonObject Mem0Memories(string type, string id)
    {
        var field = Mem0Scope.FieldFor(type) ?? throw new ArgumentException($"Unknown entity type '{type}'.", nameof(type));
        var memories = store.Where(Mem0Context.Memories, m => Json.AsString(m[field]) == id);
        return new JsonObject { ["total"] = memories.Count, ["memories"] = Newest(memories, "created_at") };
    }

    /// <summary>The episodes and semantic features of a MemMachine project, newest first.</summary>
    public JsonObject MemMachineMemories(string project)
    {
        var episodes = store.Where(MemMachineContext.Episodes, e => Json.AsString(e["__project"]) == project);
        var features = store.Where(MemMachineContext.Features, f => Json.AsString(f["__project"]) == project);
        return new JsonObject
        {
            ["episodes_total"] = episodes.Count,
            ["episodes"] = Newest(episodes, "created_at"),
            ["features_total"] = features.Count,
            ["features"] = Newest(features, "__created_at"),
        };
    }

    /// <summary>The log entries after <paramref name="after"/>, oldest first, at most the newest <paramref name="limit"/>.</summary>
    public JsonArray Requests(long after, int limit)
    {
        var entries = log.Entries.Where(e => e.Sequence > after).ToList();
        return Json.Array(entries.Skip(Math.Max(0, entries.Count - limit)).Select(ToJson));
    }

    private JsonArray Mem0Entities()
    {
        var counts = store.Query(Mem0Context.Memories, memories => memories
            .SelectMany(m => Mem0Scope.FromMemory(m).Entities())
            .CountBy(e => e)
            .ToDictionary());
        var entities = store.Query(Mem0Context.Entities, all => all
            .Select(e => (Type: Json.AsString(e["type"]) ?? "", Name: Json.AsString(e["name"]) ?? ""))
            .ToList());
        return Json.Array(entities
            .Union(counts.Keys)
            .OrderBy(e => Array.IndexOf(EntityTypes, e.Type))
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => (JsonNode)new JsonObject
            {
                ["type"] = e.Type,
                ["id"] = e.Name,
                ["memories"] = counts.GetValueOrDefault(e),
            }));
    }

    private JsonArray MemMachineProjects()
    {
        var ids = store.Query(MemMachineContext.Projects, all => all.Select(p => Json.AsString(p["project_id"]) ?? "").ToList());
        var episodes = store.Query(MemMachineContext.Episodes, all => all.CountBy(e => Json.AsString(e["__project"]) ?? "").ToDictionary());
        var features = store.Query(MemMachineContext.Features, all => all.CountBy(f => Json.AsString(f["__project"]) ?? "").ToDictionary());
        return Json.Array(ids.Prepend("")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(id => (JsonNode)new JsonObject
            {
                ["id"] = id,
                ["episodes"] = episodes.GetValueOrDefault(id),
                ["features"] = features.GetValueOrDefault(id),
            }));
    }

    /// <summary>Public copies of the newest documents (latest timestamp, then latest stored), at most <see cref="MaxMemories"/>.</summary>
    private static JsonArray Newest(List<JsonObject> docs, string timestampField) => Json.Array(docs
        .Select((d, i) => (Doc: d, Index: i))
        .OrderByDescending(x => Json.AsString(x.Doc[timestampField]), StringComparer.Ordinal)
        .ThenByDescending(x => x.Index)
        .Take(MaxMemories)
        .Select(x => (JsonNode)Json.Public(x.Doc)));

    private static JsonObject ToJson(RequestLogEntry entry)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in entry.Headers) headers[name] = SecretHeaders.Contains(name) ? "<redacted>" : value;
        return new JsonObject
        {
            ["sequence"] = entry.Sequence,
            ["timestamp"] = entry.Timestamp.ToString("O", CultureInfo.InvariantCulture),
            ["method"] = entry.Method,
            ["path"] = entry.Path,
            ["query"] = entry.Query,
            ["status_code"] = entry.StatusCode,
            ["fault"] = entry.Fault,
            ["headers"] = headers,
            ["body"] = entry.Body,
            ["body_truncated"] = entry.BodyTruncated,
        };
    }
}
