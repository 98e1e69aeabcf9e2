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
    public const string SetTypes = "mm.set_types";
    public const string Sets = "mm.sets";
    public const string Categories = "mm.categories";
    public const string Tags = "mm.tags";

    public DocumentStore Store => store;

    public MemoryEmulatorOptions Options => options;

    public SearchRanker Ranker { get; } = new(options.EmbeddingGenerator);

    public FactExtractor Facts { get; } = new(options.InferenceChatClient);

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
    /// Semantic memory from an episode's facts (see <see cref="FactExtractor"/>), kept per producer's set as the
    /// server's LLM ingestion keeps it: a fact the set already holds gains the episode as a citation, a new value for a
    /// held attribute replaces the feature's value (same id), and anything else becomes a <c>profile</c> feature whose
    /// tag is its first topic and whose name is its attribute or its first two significant words.
    /// </summary>
    public void RememberFeatures(string projectId, JsonObject episode, IReadOnlyList<string> facts) => store.Write(() =>
    {
        var now = Timestamps.Format(Now);
        var setId = "mem_user_" + Json.AsString(episode["producer_id"]);
        var held = store.Where(Features, f => Json.AsString(f["__project"]) == projectId && Json.AsString(f["set_id"]) == setId);
        foreach (var fact in facts)
        {
            var key = FactRules.Key(fact);
            var attribute = FactRules.Attribute(fact);
            var feature = held.FirstOrDefault(f => FactRules.Key(Json.AsString(f["value"]) ?? "") == key)
                ?? (attribute is null ? null : held.FirstOrDefault(f => FactRules.Attribute(Json.AsString(f["value"]) ?? "") == attribute));
            if (feature is null)
            {
                var terms = TextAnalyzer.Terms(fact);
                feature = NewFeature(projectId, setId, "profile", Mem0Categories.Assign(fact, null)[0],
                    attribute ?? (terms.Count == 0 ? "fact" : string.Join("_", terms.Take(2))), fact, other: null);
                held.Add(feature);
            }
            else if (FactRules.Key(Json.AsString(feature["value"]) ?? "") != key)
            {
                feature["value"] = fact;
                feature["tag"] = Mem0Categories.Assign(fact, null)[0];
            }
            var citations = feature["metadata"]!["citations"]!.AsArray();
            if (!citations.Any(c => JsonNode.DeepEquals(c, episode["uid"]))) citations.Add(episode["uid"]!.DeepClone());
            feature["__updated_at"] = now;
            store.Put(Features, Json.AsString(feature["metadata"]!["id"])!, feature);
        }
    });

    /// <summary>A new semantic feature (not yet stored), with no citations and a fresh id in <c>metadata.id</c>.</summary>
    public JsonObject NewFeature(string projectId, string setId, string category, string tag, string name, string value, JsonObject? other) => new()
    {
        ["category"] = category,
        ["tag"] = tag,
        ["feature_name"] = name,
        ["value"] = value,
        ["set_id"] = setId,
        ["metadata"] = new JsonObject
        {
            ["citations"] = new JsonArray(),
            ["id"] = store.Next("mm.feature").ToString(CultureInfo.InvariantCulture),
            ["other"] = other,
        },
        ["__project"] = projectId,
        ["__created_at"] = Timestamps.Format(Now),
    };

    /// <summary>A new id from a counter, as text (the server's ids are integers sent as strings).</summary>
    public string NewId(string counter) => store.Next(counter).ToString(CultureInfo.InvariantCulture);

    /// <summary>A document of a per-project collection keyed by <c>id</c>, or null when it is missing or another project's.</summary>
    public JsonObject? FindIn(string collection, string projectId, string id) =>
        store.Get(collection, id) is { } doc && Json.AsString(doc["__project"]) == projectId ? doc : null;

    /// <summary>As <see cref="FindIn"/>, but a missing document is a 404 with <paramref name="notFound"/> as its message.</summary>
    public JsonObject Require(string collection, string projectId, string id, string notFound) =>
        FindIn(collection, projectId, id) ?? throw MemMachineErrors.Error(404, notFound);

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
