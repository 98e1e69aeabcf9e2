using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Mem0;
using MemoryClients.Emulator.Storage;
using MemoryClients.Emulator.Text;

namespace MemoryClients.Emulator.MemMachine;

/// <summary>The MemMachine data model shared by the route groups: projects, episodes and semantic features.</summary>
internal sealed class MemMachineContext(DocumentStore store, MemoryEmulatorOptions options)
{
    public const string Projects = "mm.projects";
    public const string Episodes = "mm.episodes";
    public const string Features = "mm.features";

    public DocumentStore Store => store;

    public MemoryEmulatorOptions Options => options;

    public SearchRanker Ranker { get; } = new(options.EmbeddingGenerator);

    public DateTimeOffset Now => options.TimeProvider.GetUtcNow();

    /// <summary>The project document, or null; the default project <c>""</c> always exists.</summary>
    public JsonObject? FindProject(string projectId) =>
        store.Get(Projects, projectId) ?? (projectId.Length == 0 ? NewProject("", "Default project") : null);

    public JsonObject NewProject(string projectId, string description) => new()
    {
        ["org_id"] = options.MemMachineOrgId,
        ["project_id"] = projectId,
        ["description"] = description,
        ["config"] = new JsonObject { ["embedder"] = "", ["reranker"] = "" },
        ["__created_at"] = Timestamps.Format(Now),
    };

    /// <summary>Creates the project on first use, as add and search do on the server.</summary>
    public void EnsureProject(string projectId) => store.Write(() =>
    {
        if (projectId.Length == 0 || store.Contains(Projects, projectId)) return;
        store.Put(Projects, projectId, NewProject(projectId, ""));
    });

    public string SessionKey(string projectId) => $"{options.MemMachineOrgId}/{projectId}";

    public List<JsonObject> EpisodesOf(string projectId) =>
        OldestFirst(store.Where(Episodes, e => Json.AsString(e["__project"]) == projectId), "created_at");

    public List<JsonObject> FeaturesOf(string projectId) =>
        OldestFirst(store.Where(Features, f => Json.AsString(f["__project"]) == projectId), "__created_at");

    /// <summary>Oldest first; equal timestamps keep insertion order (the server has no tie-breaker at all).</summary>
    private static List<JsonObject> OldestFirst(List<JsonObject> docs, string field) =>
        [.. docs.OrderBy(d => Json.AsString(d[field]), StringComparer.Ordinal)];

    public JsonObject AddEpisode(string projectId, JsonObject message, DateTimeOffset createdAt)
    {
        var uid = store.Next("mm.episode").ToString(CultureInfo.InvariantCulture);
        var episode = new JsonObject
        {
            ["uid"] = uid,
            ["content"] = message["content"]!.DeepClone(),
            ["session_key"] = SessionKey(projectId),
            ["created_at"] = Timestamps.Format(createdAt),
            ["producer_id"] = Json.AsString(message["producer"]) ?? "user",
            ["producer_role"] = Json.AsString(message["role"]) ?? "",
            ["produced_for_id"] = Json.AsString(message["produced_for"]) ?? "",
            ["sequence_num"] = 0,
            ["episode_type"] = "message",
            ["content_type"] = "string",
            ["metadata"] = message["metadata"]?.DeepClone() ?? new JsonObject(),
            ["__project"] = projectId,
        };
        store.Put(Episodes, uid, episode);
        return episode;
    }

    /// <summary>
    /// Deterministic stand-in for LLM semantic extraction: every sentence of a non-assistant, non-system message becomes
    /// a <c>profile</c> feature whose tag is its first topic and whose name is its first two significant words.
    /// </summary>
    public void ExtractFeatures(string projectId, JsonObject episode)
    {
        if (Json.AsString(episode["producer_role"]) is "assistant" or "system") return;
        var now = Timestamps.Format(Now);
        foreach (var sentence in SentenceSplitter.Split(Json.AsString(episode["content"]) ?? ""))
        {
            var id = store.Next("mm.feature").ToString(CultureInfo.InvariantCulture);
            var terms = TextAnalyzer.Terms(sentence);
            var feature = new JsonObject
            {
                ["category"] = "profile",
                ["tag"] = Mem0Categories.Assign(sentence, null)[0],
                ["feature_name"] = terms.Count == 0 ? "fact" : string.Join("_", terms.Take(2)),
                ["value"] = sentence,
                ["set_id"] = "mem_user_" + Json.AsString(episode["producer_id"]),
                ["metadata"] = new JsonObject
                {
                    ["citations"] = new JsonArray(episode["uid"]!.DeepClone()),
                    ["id"] = id,
                    ["other"] = null,
                },
                ["__project"] = projectId,
                ["__created_at"] = now,
                ["__updated_at"] = now,
            };
            store.Put(Features, id, feature);
        }
    }

    public static JsonObject ProjectView(JsonObject project) => Json.Public(project);

    /// <summary>The list shape (<c>Episode</c>), nulls omitted.</summary>
    public static JsonObject EpisodeView(JsonObject episode) => Json.PublicWithoutNulls(episode);

    /// <summary>The search shape (<c>EpisodeResponse</c>), with a score for long-term hits.</summary>
    public static JsonObject EpisodeSearchView(JsonObject episode, double? score)
    {
        var view = new JsonObject
        {
            ["uid"] = episode["uid"]?.DeepClone(),
            ["content"] = episode["content"]?.DeepClone(),
            ["producer_id"] = episode["producer_id"]?.DeepClone(),
            ["producer_role"] = episode["producer_role"]?.DeepClone(),
            ["produced_for_id"] = episode["produced_for_id"]?.DeepClone(),
            ["episode_type"] = episode["episode_type"]?.DeepClone(),
            ["metadata"] = episode["metadata"]?.DeepClone(),
            ["created_at"] = episode["created_at"]?.DeepClone(),
        };
        if (score is { } s) view["score"] = s;
        return Json.PublicWithoutNulls(view);
    }

    public static JsonObject FeatureView(JsonObject feature) => Json.PublicWithoutNulls(feature);
}
