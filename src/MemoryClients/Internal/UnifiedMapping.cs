using System.Text.Json.Nodes;
using MemoryClients.Filters;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;

namespace MemoryClients;

/// <summary>
/// Pure translations between the unified types and each provider's: argument checks, option bags, the scope mapping
/// (Mem0: entity ids and filters; MemMachine: message metadata, producer and <c>metadata.*</c> filters) and records.
/// Shared by <see cref="AsyncMemoryClient"/> and <see cref="MemoryClient"/>, so both behave the same.
/// </summary>
internal static class UnifiedMapping
{
    internal const int MaxPageSize = 200;
    private static readonly string[] ScopeKeys = ["user_id", "agent_id", "app_id", "run_id"];

    public static void CheckMessages(IReadOnlyList<MemoryMessage>? messages, string paramName)
    {
        ArgumentNullException.ThrowIfNull(messages, paramName);
        if (messages.Count == 0)
            throw new ArgumentException("At least one message is required.", paramName);
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i] ?? throw new ArgumentException($"messages[{i}] is null.", paramName);
            if (string.IsNullOrWhiteSpace(message.Role) || string.IsNullOrEmpty(message.Content))
                throw new ArgumentException($"messages[{i}] needs a role and non-empty content.", paramName);
            Http.WellFormedText.Require(message.Content, paramName);
            Http.WellFormedText.Require(message.Role, paramName);
        }
    }

    public static void CheckListOptions(MemoryListOptions? options)
    {
        if (options?.PageSize is { } size && size is < 1 or > MaxPageSize)
            throw new ArgumentOutOfRangeException("options.PageSize", size, $"page_size must be between 1 and {MaxPageSize}.");
    }

    public static void CheckUpdate(string memoryId, MemoryUpdateOptions? update)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        ArgumentNullException.ThrowIfNull(update);
        if (update.Text is null && update.Metadata is null)
            throw new ArgumentException("Set Text or Metadata (or both).", nameof(update));
    }

    /// <summary>The scope as a filter by the provider's rule (<see cref="MemoryScope.Includes"/>), ANDed with the caller's extra condition.</summary>
    public static MemoryFilter ScopeFilter(MemoryProvider provider, MemoryScope scope, MemoryFilter? extra)
    {
        var filter = MemoryFilter.ForScope(scope.ForReads(provider));
        return extra is null ? filter : filter & extra;
    }

    public static NotSupportedException NotSupported(string operation, string instead) =>
        new($"MemMachine cannot {operation} through IMemoryClient. {instead} Check IMemoryClient.Capabilities first.");

    // ---- Mem0 ----

    public static List<Mem0Message> ToMem0(IReadOnlyList<MemoryMessage> messages) => [.. messages.Select(m => new Mem0Message(m.Role, m.Content))];

    public static Mem0AddOptions ToMem0(MemoryAddOptions? options) => new() { Metadata = ToJson(options?.Metadata), Infer = options?.Infer };

    public static Mem0SearchOptions ToMem0(MemorySearchOptions? options) => new() { TopK = options?.TopK, Threshold = options?.Threshold };

    public static Mem0ListOptions ToMem0(MemoryListOptions? options) => new() { PageSize = options?.PageSize };

    public static Mem0UpdateOptions ToMem0(MemoryUpdateOptions update) => new() { Text = update.Text, Metadata = ToJson(update.Metadata) };

    public static MemoryAddResult FromMem0(Mem0AddMemoriesResponse response) => new()
    {
        Provider = MemoryProvider.Mem0,
        Ids = [.. (response.Results ?? []).Select(r => r.Id).OfType<string>()],
        EventId = response.EventId,
        IsPending = response.Status == Mem0AddStatus.Pending,
    };

    public static MemoryRecord FromMem0(Mem0Memory memory) => new()
    {
        Id = memory.Id,
        Text = memory.Memory,
        Kind = MemoryKind.Fact,
        Scope = new MemoryScope { UserId = memory.UserId, AgentId = memory.AgentId, AppId = memory.AppId, RunId = memory.RunId },
        Metadata = memory.Metadata,
        Categories = memory.Categories ?? [],
        CreatedAt = memory.CreatedAt,
        UpdatedAt = memory.UpdatedAt,
        Score = memory.Score,
        Provider = MemoryProvider.Mem0,
        RawSource = MemoryRecord.RawJson.Of(memory, Mem0JsonContext.Default.Mem0Memory),
    };

    public static IReadOnlyList<MemoryRecord> FromMem0(IReadOnlyList<Mem0Memory> memories) => [.. memories.Select(FromMem0)];

    // ---- MemMachine ----

    /// <summary>
    /// As the official TypeScript client does: the scope's ids go into every message's metadata (strings), the user (or,
    /// for assistant messages, the agent) becomes the producer and the other side <c>produced_for</c>.
    /// </summary>
    public static List<MemMachineMessage> ToMemMachine(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in options?.Metadata ?? new Dictionary<string, string>())
        {
            if (Array.IndexOf(ScopeKeys, key) >= 0)
                throw new ArgumentException($"Metadata key '{key}' is reserved: on MemMachine the scope's ids are stored there. Put the id in the scope instead.", "options.Metadata");
            metadata[key] = value ?? throw new ArgumentException($"Metadata[\"{key}\"] is null; values must be strings.", "options.Metadata");
        }
        if (scope.UserId is { } user) metadata["user_id"] = user;
        if (scope.AgentId is { } agent) metadata["agent_id"] = agent;
        if (scope.AppId is { } app) metadata["app_id"] = app;
        if (scope.RunId is { } run) metadata["run_id"] = run;
        return [.. messages.Select(m =>
        {
            var fromAgent = m.Role is "assistant" or "system";
            return new MemMachineMessage
            {
                Content = m.Content,
                Role = m.Role,
                Producer = fromAgent ? scope.AgentId ?? m.Role : scope.UserId ?? m.Role,
                ProducedFor = fromAgent ? scope.UserId : scope.AgentId,
                Metadata = metadata,
            };
        })];
    }

    public static MemMachineAddOptions ToMemMachine(MemoryAddOptions? options) =>
        options?.Infer == false ? new() { Types = [MemMachineMemoryType.Episodic] } : new();

    public static MemMachineSearchOptions ToMemMachine(MemoryScope scope, MemorySearchOptions? options) => new()
    {
        TopK = options?.TopK,
        ScoreThreshold = options?.Threshold,
        Filter = ScopeFilter(MemoryProvider.MemMachine, scope, options?.Filter),
    };

    public static MemMachineListOptions ToMemMachine(MemoryScope scope, MemoryListOptions? options) => new()
    {
        PageSize = options?.PageSize ?? MemMachineListOptions.DefaultPageSize,
        Filter = ScopeFilter(MemoryProvider.MemMachine, scope, options?.Filter),
    };

    public static MemoryAddResult FromMemMachine(IReadOnlyList<MemMachineAddMemoryResult> results) => new()
    {
        Provider = MemoryProvider.MemMachine,
        Ids = [.. results.Select(r => r.Uid)],
    };

    /// <summary>Long-term hits, then short-term hits not already listed, then semantic features; cut to TopK.</summary>
    public static IReadOnlyList<MemoryRecord> FromMemMachine(MemMachineSearchResult result, int? topK)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<MemoryRecord>();
        foreach (var episode in result.LongTermEpisodes.Concat(result.ShortTermEpisodes))
        {
            if (seen.Add(episode.Uid))
                records.Add(FromMemMachine(episode));
        }
        records.AddRange(result.SemanticFeatures.Select(FromMemMachine));
        return topK is { } k && records.Count > k ? records.GetRange(0, k) : records;
    }

    public static MemoryRecord FromMemMachine(MemMachineEpisode episode) => new()
    {
        Id = episode.Uid,
        Text = episode.Content,
        Kind = MemoryKind.Episode,
        Scope = ScopeOf(episode.Metadata),
        Metadata = episode.Metadata,
        CreatedAt = episode.CreatedAt,
        Provider = MemoryProvider.MemMachine,
        RawSource = MemoryRecord.RawJson.Of(episode, MemMachineJsonContext.Default.MemMachineEpisode),
    };

    public static MemoryRecord FromMemMachine(MemMachineSearchEpisode episode) => new()
    {
        Id = episode.Uid,
        Text = episode.Content,
        Kind = MemoryKind.Episode,
        Scope = ScopeOf(episode.Metadata),
        Metadata = episode.Metadata,
        CreatedAt = episode.CreatedAt,
        Score = episode.Score,
        Provider = MemoryProvider.MemMachine,
        RawSource = MemoryRecord.RawJson.Of(episode, MemMachineJsonContext.Default.MemMachineSearchEpisode),
    };

    public static MemoryRecord FromMemMachine(MemMachineSemanticFeature feature) => new()
    {
        Id = feature.Metadata?.Id ?? "",
        Text = feature.Value,
        Kind = MemoryKind.SemanticFeature,
        Metadata = new JsonObject { ["feature_name"] = feature.FeatureName, ["set_id"] = feature.SetId },
        Categories = [.. new[] { feature.Category, feature.Tag }.Where(c => !string.IsNullOrEmpty(c))],
        Provider = MemoryProvider.MemMachine,
        RawSource = MemoryRecord.RawJson.Of(feature, MemMachineJsonContext.Default.MemMachineSemanticFeature),
    };

    /// <summary>The semantic features whose every cited episode is in <paramref name="deleted"/>: derived only from the deleted scope.</summary>
    public static IEnumerable<string> FeaturesOf(IEnumerable<MemMachineSemanticFeature> features, HashSet<string> deleted) =>
        features.Where(f => f.Metadata is { Id: { Length: > 0 }, Citations: { Count: > 0 } citations } && citations.All(deleted.Contains))
            .Select(f => f.Metadata!.Id!);

    private static MemoryScope ScopeOf(JsonObject? metadata) => new()
    {
        UserId = Text(metadata, "user_id"),
        AgentId = Text(metadata, "agent_id"),
        AppId = Text(metadata, "app_id"),
        RunId = Text(metadata, "run_id"),
    };

    private static string? Text(JsonObject? metadata, string key) =>
        metadata?[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static JsonObject? ToJson(IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null)
            return null;
        var json = new JsonObject();
        foreach (var (key, value) in metadata)
            json[key] = value;
        return json;
    }
}
