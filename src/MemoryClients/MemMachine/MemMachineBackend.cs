using System.Text.Json.Nodes;
using MemoryClients.MemMachine.Api;
using MemoryClients.Paging;

namespace MemoryClients.MemMachine;

/// <summary>
/// MemMachine behind the unified clients. As the official TypeScript client does, the scope's ids go into every message's
/// metadata (strings), the user (or, for assistant and system messages, the agent) becomes the producer and the other side
/// <c>produced_for</c>; reads filter on that metadata. Records are episodes, or semantic features from search.
/// </summary>
internal sealed class MemMachineBackend(MemMachineClient client) : MemoryBackend
{
    /// <summary>MemMachine authenticates with <c>Bearer &lt;key&gt;</c>; listed episodes are read by their own converter.</summary>
    public static readonly ProviderProfile Profile =
        ProviderProfile.Create(MemoryProvider.MemMachine, "Bearer", MemMachineJsonContext.Default, MemMachineEpisodeConverter.Resolver);

    private const int DeleteBatchSize = 100;
    private static readonly string[] ScopeKeys = ["user_id", "agent_id", "app_id", "run_id"];

    public override MemoryProvider Provider => MemoryProvider.MemMachine;

    public override MemoryCapabilities Capabilities => MemoryCapabilities.MemMachine;

    public override object Client => client;

    public override async Task<MemoryAddResult> AddAsync(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options, CancellationToken cancellationToken)
    {
        var add = new MemMachineAddOptions { Types = options?.Infer == false ? [MemMachineMemoryType.Episodic] : null }.WithCallSettingsOf<MemMachineAddOptions>(options);
        var results = await client.AddAsync(ToMessages(messages, scope, options), null, add, cancellationToken).ConfigureAwait(false);
        return new MemoryAddResult { Provider = MemoryProvider.MemMachine, Ids = [.. results.Select(r => r.Uid)] };
    }

    /// <summary>Long-term hits, then short-term hits not already listed, then semantic features; cut to TopK.</summary>
    public override async Task<IReadOnlyList<MemoryRecord>> SearchAsync(string query, MemoryScope scope, MemorySearchOptions? options, CancellationToken cancellationToken)
    {
        var search = new MemMachineSearchOptions { TopK = options?.TopK, Threshold = options?.Threshold, Filter = ScopeFilter(scope, options?.Filter) }
            .WithCallSettingsOf<MemMachineSearchOptions>(options);
        var result = await client.SearchAsync(query, null, search, cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<MemoryRecord>();
        foreach (var episode in result.LongTermEpisodes.Concat(result.ShortTermEpisodes))
        {
            if (seen.Add(episode.Uid))
                records.Add(Record(episode));
        }
        records.AddRange(result.SemanticFeatures.Select(Record));
        return options?.TopK is { } k && records.Count > k ? records.GetRange(0, k) : records;
    }

    public override async Task<Page<MemoryRecord>> ListPageAsync(MemoryScope scope, string? continuationToken, MemoryListOptions? options, CancellationToken cancellationToken)
    {
        var listing = new MemMachineListOptions { PageSize = options?.PageSize ?? MemMachineListOptions.DefaultPageSize, Filter = ScopeFilter(scope, options?.Filter) }
            .WithCallSettingsOf<MemMachineListOptions>(options);
        return Map(await client.ListEpisodicPageAsync(null, continuationToken, listing, cancellationToken).ConfigureAwait(false), Record);
    }

    public override Task<MemoryRecord> GetAsync(string memoryId, CancellationToken cancellationToken) =>
        throw NotSupported("get a memory by id", "Use ListAsync (List on MemoryClient) with MemoryListOptions.Filter = MemoryFilter.Uid.Is(id) instead.");

    public override Task<MemoryRecord> UpdateAsync(string memoryId, MemoryUpdateOptions options, CancellationToken cancellationToken) =>
        throw NotSupported("update a memory", "Delete it (DeleteAsync, or Delete on MemoryClient) and add the corrected message (AddAsync, or Add) instead.");

    public override Task DeleteAsync(string memoryId, CancellationToken cancellationToken) => client.DeleteEpisodicAsync([memoryId], null, cancellationToken);

    public override Task DeleteAsync(MemoryRecord record, CancellationToken cancellationToken) => record.Kind == MemoryKind.SemanticFeature
        ? client.DeleteSemanticAsync([record.Id], null, cancellationToken)
        : DeleteAsync(record.Id, cancellationToken);

    /// <summary>
    /// MemMachine has no scoped delete: collect the scope's episodes first (deleting while paging would shift the pages),
    /// delete them in batches, then delete the semantic features drawn only from those episodes.
    /// </summary>
    public override async Task DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken)
    {
        var listing = new MemMachineListOptions { Filter = ScopeFilter(scope, null) };
        var uids = new List<string>();
        await foreach (var episode in client.ListEpisodicAsync(null, listing, cancellationToken).WithPrefetch(false).ConfigureAwait(false))
            uids.Add(episode.Uid);
        if (uids.Count == 0)
            return;
        foreach (var batch in uids.Chunk(DeleteBatchSize))
            await client.DeleteEpisodicAsync(batch, null, cancellationToken).ConfigureAwait(false);

        var deleted = uids.ToHashSet(StringComparer.Ordinal);
        var features = new List<string>();
        await foreach (var feature in client.ListSemanticAsync(null, null, cancellationToken).WithPrefetch(false).ConfigureAwait(false))
        {
            // Only a feature whose every cited episode is gone was drawn from this scope alone.
            if (feature.Metadata is { Id: { Length: > 0 } id, Citations: { Count: > 0 } citations } && citations.All(deleted.Contains))
                features.Add(id);
        }
        foreach (var batch in features.Chunk(DeleteBatchSize))
            await client.DeleteSemanticAsync(batch, null, cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose() => client.Dispose();

    private static List<MemMachineMessage> ToMessages(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options)
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
            var role = m.Role.ToString();
            var fromAgent = m.Role == MemoryRole.Assistant || m.Role == MemoryRole.System;
            return new MemMachineMessage
            {
                Content = m.Content,
                Role = role,
                Producer = fromAgent ? scope.AgentId ?? role : scope.UserId ?? role,
                ProducedFor = fromAgent ? scope.UserId : scope.AgentId,
                Metadata = metadata,
            };
        })];
    }

    internal static MemoryRecord Record(MemMachineEpisode episode) =>
        Episode(episode.Uid, episode.Content, episode.Metadata, episode.CreatedAt, null, MemoryRecord.RawJson.Of(episode, Profile.TypeInfo<MemMachineEpisode>()));

    internal static MemoryRecord Record(MemMachineSearchEpisode episode) =>
        Episode(episode.Uid, episode.Content, episode.Metadata, episode.CreatedAt, episode.Score, MemoryRecord.RawJson.Of(episode, MemMachineJsonContext.Default.MemMachineSearchEpisode));

    // Listed and searched episodes are different wire types with the same meaning.
    private static MemoryRecord Episode(string uid, string content, JsonObject? metadata, DateTimeOffset? createdAt, double? score, MemoryRecord.RawJson raw) => new()
    {
        Id = uid,
        Text = content,
        Kind = MemoryKind.Episode,
        Scope = ScopeOf(metadata),
        Metadata = metadata,
        CreatedAt = createdAt,
        Score = score,
        Provider = MemoryProvider.MemMachine,
        RawSource = raw,
    };

    internal static MemoryRecord Record(MemMachineSemanticFeature feature) => new()
    {
        Id = feature.Metadata?.Id ?? "",
        Text = feature.Value,
        Kind = MemoryKind.SemanticFeature,
        Metadata = new JsonObject { ["feature_name"] = feature.FeatureName, ["set_id"] = feature.SetId },
        Categories = [.. new[] { feature.Category, feature.Tag }.Where(c => !string.IsNullOrEmpty(c))],
        Provider = MemoryProvider.MemMachine,
        RawSource = MemoryRecord.RawJson.Of(feature, MemMachineJsonContext.Default.MemMachineSemanticFeature),
    };

    private static MemoryScope ScopeOf(JsonObject? metadata) => new()
    {
        UserId = Text(metadata, "user_id"),
        AgentId = Text(metadata, "agent_id"),
        AppId = Text(metadata, "app_id"),
        RunId = Text(metadata, "run_id"),
    };

    private static string? Text(JsonObject? metadata, string key) =>
        metadata?[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
