using System.Text.Json.Nodes;
using MemoryClients.Mem0.Api;
using MemoryClients.Paging;

namespace MemoryClients.Mem0;

/// <summary>Mem0 behind the unified clients: scope ids and filters, option bags, and memories as records.</summary>
internal sealed class Mem0Backend(Mem0Client client) : MemoryBackend
{
    /// <summary>Mem0 authenticates with <c>Token &lt;key&gt;</c>; memories are read and written by their own converter.</summary>
    public static readonly ProviderProfile Profile =
        ProviderProfile.Create(MemoryProvider.Mem0, "Token", Mem0JsonContext.Default, Mem0MemoryConverter.Resolver);

    public override MemoryProvider Provider => MemoryProvider.Mem0;

    public override MemoryCapabilities Capabilities => MemoryCapabilities.Mem0;

    public override object Client => client;

    public override async Task<MemoryAddResult> AddAsync(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options, CancellationToken cancellationToken)
    {
        var response = await client.AddAsync([.. messages.Select(m => new Mem0Message(m.Role.ToString(), m.Content))], scope,
            new Mem0AddOptions { Metadata = ToJson(options?.Metadata), Infer = options?.Infer }.WithCallSettingsOf<Mem0AddOptions>(options), cancellationToken).ConfigureAwait(false);
        return new MemoryAddResult
        {
            Provider = MemoryProvider.Mem0,
            Ids = [.. (response.Results ?? []).Select(r => r.Id).OfType<string>()],
            EventId = response.EventId,
            IsPending = response.Status == Mem0AddStatus.Pending,
        };
    }

    public override async Task<IReadOnlyList<MemoryRecord>> SearchAsync(string query, MemoryScope scope, MemorySearchOptions? options, CancellationToken cancellationToken)
    {
        var hits = await client.SearchAsync(query, ScopeFilter(scope, options?.Filter), new Mem0SearchOptions { TopK = options?.TopK, Threshold = options?.Threshold }.WithCallSettingsOf<Mem0SearchOptions>(options),
            cancellationToken).ConfigureAwait(false);
        return [.. hits.Select(Record)];
    }

    public override async Task<Page<MemoryRecord>> ListPageAsync(MemoryScope scope, string? continuationToken, MemoryListOptions? options, CancellationToken cancellationToken) =>
        Map(await client.ListPageAsync(ScopeFilter(scope, options?.Filter), continuationToken, new Mem0ListOptions { PageSize = options?.PageSize }.WithCallSettingsOf<Mem0ListOptions>(options), cancellationToken)
            .ConfigureAwait(false), Record);

    public override async Task<MemoryRecord> GetAsync(string memoryId, CancellationToken cancellationToken) =>
        Record(await client.GetAsync(memoryId, cancellationToken).ConfigureAwait(false));

    public override async Task<MemoryRecord> UpdateAsync(string memoryId, MemoryUpdateOptions options, CancellationToken cancellationToken) =>
        Record(await client.UpdateAsync(memoryId, new Mem0UpdateOptions { Text = options.Text, Metadata = ToJson(options.Metadata) }.WithCallSettingsOf<Mem0UpdateOptions>(options), cancellationToken).ConfigureAwait(false));

    public override Task DeleteAsync(string memoryId, CancellationToken cancellationToken) => client.DeleteAsync(memoryId, deleteLinked: false, cancellationToken);

    public override Task DeleteAsync(MemoryRecord record, CancellationToken cancellationToken) => DeleteAsync(record.Id, cancellationToken);

    public override Task DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken) => client.DeleteAllAsync(scope, null, cancellationToken);

    public override void Dispose() => client.Dispose();

    internal static MemoryRecord Record(Mem0Memory memory) => new()
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
        RawSource = MemoryRecord.RawJson.Of(memory, Profile.TypeInfo<Mem0Memory>()),
    };

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
