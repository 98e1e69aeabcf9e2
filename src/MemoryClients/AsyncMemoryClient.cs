using MemoryClients.Diagnostics;
using MemoryClients.Filters;
using MemoryClients.Http;
using MemoryClients.Mem0;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;
using MemoryClients.Paging;
using Microsoft.Extensions.Logging;

namespace MemoryClients;

/// <summary>
/// The asynchronous <see cref="IMemoryClient"/>: routes every call to <see cref="Mem0"/> or <see cref="MemMachine"/> by
/// <see cref="MemoryClientOptions.Provider"/>, and exposes that provider client for everything the unified surface leaves out.
/// Thread-safe; create one and reuse it.
/// </summary>
public class AsyncMemoryClient : IMemoryClient, IDisposable
{
    private const int DeleteBatchSize = 100;
    private readonly OperationTelemetry _telemetry = null!;
    private readonly bool _ownsProviders;

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <param name="options">Provider, key, address and the rest; validated now.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    /// <exception cref="ArgumentException">The options break a rule; the message says what to set.</exception>
    public AsyncMemoryClient(MemoryClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(CreateProviders(options, httpClient: null), options, loggerFactory?.CreateLogger<AsyncMemoryClient>(), ownsProviders: true) { }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>, which it never changes or disposes.</summary>
    /// <param name="httpClient">The caller's client.</param>
    /// <param name="options">Provider, key, address and the rest; validated now.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    public AsyncMemoryClient(HttpClient httpClient, MemoryClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(CreateProviders(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient))), options, loggerFactory?.CreateLogger<AsyncMemoryClient>(), ownsProviders: true) { }

    /// <summary>For mocking frameworks only.</summary>
    protected AsyncMemoryClient() { }

    internal AsyncMemoryClient((Mem0Client? Mem0, MemMachineClient? MemMachine) providers, MemoryClientOptions options, ILogger? logger, bool ownsProviders)
    {
        Mem0 = providers.Mem0;
        MemMachine = providers.MemMachine;
        Provider = options.Provider;
        _ownsProviders = ownsProviders;
        _telemetry = new OperationTelemetry(options.Provider, logger, options.LogMemoryContent);
    }

    /// <inheritdoc />
    public virtual MemoryProvider Provider { get; }

    /// <inheritdoc />
    public virtual MemoryCapabilities Capabilities => MemoryCapabilities.For(Provider);

    /// <summary>The Mem0 client behind this one, for full fidelity; null when the provider is MemMachine.</summary>
    public virtual Mem0Client? Mem0 { get; }

    /// <summary>The MemMachine client behind this one, for full fidelity; null when the provider is Mem0.</summary>
    public virtual MemMachineClient? MemMachine { get; }

    /// <inheritdoc />
    public virtual Task<MemoryAddResult> AddAsync(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options = null, CancellationToken cancellationToken = default)
    {
        UnifiedMapping.CheckMessages(messages, nameof(messages));
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        LogAdd(messages);
        if (MemMachine is { } mm)
        {
            var mmMessages = UnifiedMapping.ToMemMachine(messages, scope, options);
            return _telemetry.RunAsync("add", async () =>
                UnifiedMapping.FromMemMachine(await mm.AddAsync(mmMessages, null, UnifiedMapping.ToMemMachine(options), cancellationToken).ConfigureAwait(false)));
        }
        var mem0 = Mem0!;
        return _telemetry.RunAsync("add", async () =>
            UnifiedMapping.FromMem0(await mem0.AddAsync(UnifiedMapping.ToMem0(messages), scope, UnifiedMapping.ToMem0(options), cancellationToken).ConfigureAwait(false)));
    }

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<MemoryRecord>> SearchAsync(string query, MemoryScope scope, MemorySearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        if (_telemetry.LogContent)
            MemoryClientLog.SearchContent(_telemetry.Logger, _telemetry.ProviderName, query);
        if (MemMachine is { } mm)
        {
            var mmOptions = UnifiedMapping.ToMemMachine(scope, options);
            return _telemetry.RunAsync("search", async () =>
                UnifiedMapping.FromMemMachine(await mm.SearchAsync(query, null, mmOptions, cancellationToken).ConfigureAwait(false), options?.TopK));
        }
        var mem0 = Mem0!;
        var filter = UnifiedMapping.ScopeFilter(scope, options?.Filter);
        return _telemetry.RunAsync("search", async () =>
            UnifiedMapping.FromMem0(await mem0.SearchAsync(query, filter, UnifiedMapping.ToMem0(options), cancellationToken).ConfigureAwait(false)));
    }

    /// <inheritdoc />
    public virtual AsyncPageable<MemoryRecord> ListAsync(MemoryScope scope, MemoryListOptions? options = null, CancellationToken cancellationToken = default)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        UnifiedMapping.CheckListOptions(options);
        if (MemMachine is { } mm)
        {
            var episodes = mm.ListEpisodicAsync(null, UnifiedMapping.ToMemMachine(scope, options), cancellationToken);
            return Map(episodes, UnifiedMapping.FromMemMachine);
        }
        var memories = Mem0!.ListAsync(UnifiedMapping.ScopeFilter(scope, options?.Filter), UnifiedMapping.ToMem0(options), cancellationToken);
        return Map(memories, UnifiedMapping.FromMem0);
    }

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The provider is MemMachine, which has no get by id.</exception>
    public virtual Task<MemoryRecord> GetAsync(string memoryId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        if (MemMachine is not null)
            throw UnifiedMapping.NotSupported("get a memory by id", "Use ListAsync with MemoryListOptions.Filter = MemoryFilter.Uid.Is(id) instead.");
        var mem0 = Mem0!;
        return _telemetry.RunAsync("get", async () => UnifiedMapping.FromMem0(await mem0.GetAsync(memoryId, cancellationToken).ConfigureAwait(false)));
    }

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The provider is MemMachine, whose episodes cannot be changed.</exception>
    public virtual Task<MemoryRecord> UpdateAsync(string memoryId, MemoryUpdateOptions update, CancellationToken cancellationToken = default)
    {
        UnifiedMapping.CheckUpdate(memoryId, update);
        if (MemMachine is not null)
            throw UnifiedMapping.NotSupported("update a memory", "Delete it (DeleteAsync) and add the corrected message (AddAsync) instead.");
        var mem0 = Mem0!;
        var mem0Update = UnifiedMapping.ToMem0(update);
        return _telemetry.RunAsync("update", async () => UnifiedMapping.FromMem0(await mem0.UpdateAsync(memoryId, mem0Update, cancellationToken).ConfigureAwait(false)));
    }

    /// <inheritdoc />
    public virtual Task DeleteAsync(string memoryId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        if (MemMachine is { } mm)
            return _telemetry.RunAsync("delete", () => mm.DeleteEpisodicAsync([memoryId], null, cancellationToken));
        var mem0 = Mem0!;
        return _telemetry.RunAsync("delete", () => mem0.DeleteAsync(memoryId, false, cancellationToken));
    }

    /// <inheritdoc />
    public virtual Task DeleteAsync(MemoryRecord record, CancellationToken cancellationToken = default)
    {
        CheckRecord(record);
        if (MemMachine is { } mm && record.Kind == MemoryKind.SemanticFeature)
            return _telemetry.RunAsync("delete", () => mm.DeleteSemanticAsync([record.Id], null, cancellationToken));
        return DeleteAsync(record.Id, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Mem0 queues the deletion (it finishes in the background). MemMachine has no scoped delete: the client lists the
    /// scope's episodes, deletes them in batches, then deletes the semantic features drawn only from those episodes.</remarks>
    public virtual Task DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        if (MemMachine is { } mm)
            return _telemetry.RunAsync("delete_all", () => DeleteAllMemMachineAsync(mm, scope, cancellationToken));
        var mem0 = Mem0!;
        return _telemetry.RunAsync("delete_all", () => mem0.DeleteAllAsync(scope, null, cancellationToken));
    }

    /// <summary>Releases the provider client this client created (never a caller's <see cref="HttpClient"/>).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _ownsProviders)
        {
            Mem0?.Dispose();
            MemMachine?.Dispose();
        }
    }

    private static async Task DeleteAllMemMachineAsync(MemMachineClient mm, MemoryScope scope, CancellationToken cancellationToken)
    {
        // Collect first: deleting while paging would shift the pages under the walk.
        var uids = new List<string>();
        var listing = new MemMachineListOptions { Filter = MemoryFilter.ForScope(scope) };
        await foreach (var episode in mm.ListEpisodicAsync(null, listing, cancellationToken).ConfigureAwait(false))
            uids.Add(episode.Uid);
        if (uids.Count == 0)
            return;
        foreach (var batch in uids.Chunk(DeleteBatchSize))
            await mm.DeleteEpisodicAsync(batch, null, cancellationToken).ConfigureAwait(false);

        var features = new List<MemMachineSemanticFeature>();
        await foreach (var feature in mm.ListSemanticAsync(null, null, cancellationToken).ConfigureAwait(false))
            features.Add(feature);
        var featureIds = UnifiedMapping.FeaturesOf(features, [.. uids]).ToList();
        foreach (var batch in featureIds.Chunk(DeleteBatchSize))
            await mm.DeleteSemanticAsync(batch, null, cancellationToken).ConfigureAwait(false);
    }

    private AsyncPageable<MemoryRecord> Map<T>(AsyncPageable<T> source, Func<T, MemoryRecord> map) =>
        AsyncPageable.Create<MemoryRecord>((token, pageCancellation) => _telemetry.RunAsync("list", async () =>
        {
            await foreach (var page in source.AsPages(token, pageCancellation).ConfigureAwait(false))
                return new Page<MemoryRecord>([.. page.Items.Select(map)], page.ContinuationToken, page.TotalCount);
            return new Page<MemoryRecord>([], null);
        }));

    private void CheckRecord(MemoryRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Provider != Provider)
            throw new ArgumentException($"The record came from {record.Provider}, but this client talks to {Provider}.", nameof(record));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Id, nameof(record));
    }

    private void LogAdd(IReadOnlyList<MemoryMessage> messages)
    {
        if (!_telemetry.LogContent)
            return;
        foreach (var message in messages)
            MemoryClientLog.AddContent(_telemetry.Logger, _telemetry.ProviderName, message.Role, message.Content);
    }

    /// <summary>Builds the provider client the options name, after checking the options.</summary>
    internal static (Mem0Client?, MemMachineClient?) CreateProviders(MemoryClientOptions options, HttpClient? httpClient)
    {
        ThrowIfInvalid(options);
        return options.Provider == MemoryProvider.MemMachine
            ? (null, httpClient is null ? new MemMachineClient(options.ToMemMachineOptions()) : new MemMachineClient(httpClient, options.ToMemMachineOptions()))
            : (httpClient is null ? new Mem0Client(options.ToMem0Options()) : new Mem0Client(httpClient, options.ToMem0Options()), null);
    }

    /// <summary>Builds the provider client over a transport made elsewhere (dependency injection).</summary>
    internal static (Mem0Client?, MemMachineClient?) CreateProviders(MemoryClientOptions options, Func<ServiceClientOptions, ApiTransport> transport)
    {
        ThrowIfInvalid(options);
        if (options.Provider == MemoryProvider.MemMachine)
        {
            var mm = options.ToMemMachineOptions();
            return (null, new MemMachineClient(transport(mm), mm.ResolveSettings()));
        }
        return (new Mem0Client(transport(options.ToMem0Options())), null);
    }

    private static void ThrowIfInvalid(MemoryClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
            throw new ArgumentException("Invalid MemoryClientOptions: " + string.Join(" ", errors), nameof(options));
    }
}
