using MemoryClients.Diagnostics;
using MemoryClients.Filters;
using MemoryClients.Mem0;
using MemoryClients.MemMachine;
using MemoryClients.Paging;
using Microsoft.Extensions.Logging;

namespace MemoryClients;

/// <summary>
/// The synchronous twin of <see cref="IMemoryClient"/>, for scripts and code that cannot be asynchronous. It does real blocking
/// I/O (<see cref="HttpMessageInvoker.Send"/>) all the way down and never waits on a task, so it cannot deadlock under a
/// <see cref="SynchronizationContext"/>. Thread-safe; create one and reuse it.
/// </summary>
public class MemoryClient : IDisposable
{
    private const int DeleteBatchSize = 100;
    private readonly OperationTelemetry _telemetry = null!;
    private readonly bool _ownsProviders;

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <param name="options">Provider, key, address and the rest; validated now.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    /// <exception cref="ArgumentException">The options break a rule; the message says what to set.</exception>
    public MemoryClient(MemoryClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(AsyncMemoryClient.CreateProviders(options, httpClient: null), options, loggerFactory?.CreateLogger<MemoryClient>(), ownsProviders: true) { }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>, which it never changes or disposes.</summary>
    /// <param name="httpClient">The caller's client.</param>
    /// <param name="options">Provider, key, address and the rest; validated now.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    public MemoryClient(HttpClient httpClient, MemoryClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(AsyncMemoryClient.CreateProviders(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient))), options, loggerFactory?.CreateLogger<MemoryClient>(), ownsProviders: true) { }

    /// <summary>For mocking frameworks only.</summary>
    protected MemoryClient() { }

    internal MemoryClient((Mem0Client? Mem0, MemMachineClient? MemMachine) providers, MemoryClientOptions options, ILogger? logger, bool ownsProviders)
    {
        Mem0 = providers.Mem0;
        MemMachine = providers.MemMachine;
        Provider = options.Provider;
        _ownsProviders = ownsProviders;
        _telemetry = new OperationTelemetry(options.Provider, logger, options.LogMemoryContent);
    }

    /// <summary>The service this client talks to.</summary>
    public virtual MemoryProvider Provider { get; }

    /// <summary>What the provider can do; an operation it cannot do throws <see cref="NotSupportedException"/>.</summary>
    public virtual MemoryCapabilities Capabilities => MemoryCapabilities.For(Provider);

    /// <summary>The Mem0 client behind this one (its asynchronous API), for full fidelity; null when the provider is MemMachine.</summary>
    public virtual Mem0Client? Mem0 { get; }

    /// <summary>The MemMachine client behind this one (its asynchronous API), for full fidelity; null when the provider is Mem0.</summary>
    public virtual MemMachineClient? MemMachine { get; }

    /// <summary>Stores a conversation for a scope; see <see cref="IMemoryClient.AddAsync"/>.</summary>
    /// <param name="messages">At least one message.</param>
    /// <param name="scope">Whom the memories belong to; at least one id.</param>
    /// <param name="options">Metadata and inference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual MemoryAddResult Add(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options = null, CancellationToken cancellationToken = default)
    {
        UnifiedMapping.CheckMessages(messages, nameof(messages));
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        if (_telemetry.LogContent)
        {
            foreach (var message in messages)
                MemoryClientLog.AddContent(_telemetry.Logger, _telemetry.ProviderName, message.Role, message.Content);
        }
        if (MemMachine is { } mm)
        {
            var mmMessages = UnifiedMapping.ToMemMachine(messages, scope, options);
            return _telemetry.Run("add", () => UnifiedMapping.FromMemMachine(mm.Add(mmMessages, null, UnifiedMapping.ToMemMachine(options), cancellationToken)));
        }
        var mem0 = Mem0!;
        return _telemetry.Run("add", () => UnifiedMapping.FromMem0(mem0.Add(UnifiedMapping.ToMem0(messages), scope, UnifiedMapping.ToMem0(options), cancellationToken)));
    }

    /// <summary>Searches a scope's memories, best match first; see <see cref="IMemoryClient.SearchAsync"/>.</summary>
    /// <param name="query">What to look for; not empty.</param>
    /// <param name="scope">Whose memories to search; at least one id.</param>
    /// <param name="options">Result count, score threshold and an extra filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual IReadOnlyList<MemoryRecord> Search(string query, MemoryScope scope, MemorySearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        if (_telemetry.LogContent)
            MemoryClientLog.SearchContent(_telemetry.Logger, _telemetry.ProviderName, query);
        if (MemMachine is { } mm)
        {
            var mmOptions = UnifiedMapping.ToMemMachine(scope, options);
            return _telemetry.Run("search", () => UnifiedMapping.FromMemMachine(mm.Search(query, null, mmOptions, cancellationToken), options?.TopK));
        }
        var mem0 = Mem0!;
        var filter = UnifiedMapping.ScopeFilter(scope, options?.Filter);
        return _telemetry.Run("search", () => UnifiedMapping.FromMem0(mem0.Search(query, filter, UnifiedMapping.ToMem0(options), cancellationToken)));
    }

    /// <summary>Every memory of a scope, fetched page by page (synchronously) as you enumerate.</summary>
    /// <param name="scope">Whose memories to list; at least one id.</param>
    /// <param name="options">Page size and an extra filter.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    /// <exception cref="ArgumentException">An empty scope or a page size out of range; thrown here, not on enumeration.</exception>
    public virtual IEnumerable<MemoryRecord> List(MemoryScope scope, MemoryListOptions? options = null, CancellationToken cancellationToken = default)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        UnifiedMapping.CheckListOptions(options);
        return Walk(scope, options, cancellationToken);
    }

    /// <summary>One page of a scope's memories: the first when <paramref name="continuationToken"/> is null, else the page it names.</summary>
    /// <param name="scope">Whose memories to list; at least one id.</param>
    /// <param name="continuationToken">The token of the previous page, or null.</param>
    /// <param name="options">Page size and an extra filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Page<MemoryRecord> ListPage(MemoryScope scope, string? continuationToken = null, MemoryListOptions? options = null, CancellationToken cancellationToken = default)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        UnifiedMapping.CheckListOptions(options);
        return FetchPage(scope, continuationToken, options, cancellationToken);
    }

    /// <summary>One memory by id, where the provider can; see <see cref="IMemoryClient.GetAsync"/>.</summary>
    /// <param name="memoryId">The memory id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The provider is MemMachine, which has no get by id.</exception>
    public virtual MemoryRecord GetById(string memoryId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        if (MemMachine is not null)
            throw UnifiedMapping.NotSupported("get a memory by id", "Use List with MemoryListOptions.Filter = MemoryFilter.Uid.Is(id) instead.");
        var mem0 = Mem0!;
        return _telemetry.Run("get", () => UnifiedMapping.FromMem0(mem0.Get(memoryId, cancellationToken)));
    }

    /// <summary>Changes a memory's text or metadata, where the provider can; see <see cref="IMemoryClient.UpdateAsync"/>.</summary>
    /// <param name="memoryId">The memory id.</param>
    /// <param name="update">What to change; at least one property.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The provider is MemMachine, whose episodes cannot be changed.</exception>
    public virtual MemoryRecord Update(string memoryId, MemoryUpdateOptions update, CancellationToken cancellationToken = default)
    {
        UnifiedMapping.CheckUpdate(memoryId, update);
        if (MemMachine is not null)
            throw UnifiedMapping.NotSupported("update a memory", "Delete it (Delete) and add the corrected message (Add) instead.");
        var mem0 = Mem0!;
        var mem0Update = UnifiedMapping.ToMem0(update);
        return _telemetry.Run("update", () => UnifiedMapping.FromMem0(mem0.Update(memoryId, mem0Update, cancellationToken)));
    }

    /// <summary>Deletes one memory by id (on MemMachine, an episode uid).</summary>
    /// <param name="memoryId">The memory id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual void Delete(string memoryId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        if (MemMachine is { } mm)
            _telemetry.Run("delete", () => mm.DeleteEpisodic([memoryId], null, cancellationToken));
        else
            _telemetry.Run("delete", () => Mem0!.Delete(memoryId, cancellationToken));
    }

    /// <summary>Deletes one record, choosing the right endpoint by its <see cref="MemoryRecord.Kind"/>.</summary>
    /// <param name="record">A record this provider returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual void Delete(MemoryRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Provider != Provider)
            throw new ArgumentException($"The record came from {record.Provider}, but this client talks to {Provider}.", nameof(record));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Id, nameof(record));
        if (MemMachine is { } mm && record.Kind == MemoryKind.SemanticFeature)
            _telemetry.Run("delete", () => mm.DeleteSemantic([record.Id], null, cancellationToken));
        else
            Delete(record.Id, cancellationToken);
    }

    /// <summary>Deletes every memory of a scope; see <see cref="IMemoryClient.DeleteAllAsync"/>.</summary>
    /// <param name="scope">Whose memories to delete; at least one id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual void DeleteAll(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        if (MemMachine is { } mm)
            _telemetry.Run("delete_all", () => DeleteAllMemMachine(mm, scope, cancellationToken));
        else
            _telemetry.Run("delete_all", () => Mem0!.DeleteAll(scope, cancellationToken));
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

    private IEnumerable<MemoryRecord> Walk(MemoryScope scope, MemoryListOptions? options, CancellationToken cancellationToken)
    {
        string? token = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = FetchPage(scope, token, options, cancellationToken);
            foreach (var record in page.Items)
                yield return record;
            if (page.ContinuationToken is null || page.Items.Count == 0)
                yield break;
            token = page.ContinuationToken;
        }
    }

    private Page<MemoryRecord> FetchPage(MemoryScope scope, string? continuationToken, MemoryListOptions? options, CancellationToken cancellationToken)
    {
        if (MemMachine is { } mm)
        {
            var mmOptions = UnifiedMapping.ToMemMachine(scope, options);
            var pageNum = continuationToken is null ? 0 : int.TryParse(continuationToken, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new ArgumentException($"A MemMachine continuation token is a zero-based page number such as \"2\"; got \"{continuationToken}\".", nameof(continuationToken));
            return _telemetry.Run("list", () =>
            {
                var page = mm.GetEpisodicPage(pageNum, null, mmOptions, cancellationToken);
                return new Page<MemoryRecord>([.. page.Items.Select(UnifiedMapping.FromMemMachine)], page.ContinuationToken, page.TotalCount);
            });
        }
        var mem0 = Mem0!;
        var filter = UnifiedMapping.ScopeFilter(scope, options?.Filter);
        return _telemetry.Run("list", () =>
        {
            var page = mem0.ListPage(filter, continuationToken, UnifiedMapping.ToMem0(options), cancellationToken);
            return new Page<MemoryRecord>([.. page.Items.Select(UnifiedMapping.FromMem0)], page.ContinuationToken, page.TotalCount);
        });
    }

    private static void DeleteAllMemMachine(MemMachineClient mm, MemoryScope scope, CancellationToken cancellationToken)
    {
        var listing = new MemMachineListOptions { Filter = MemoryFilter.ForScope(scope) };
        var uids = new List<string>();
        foreach (var episode in Pages(n => mm.GetEpisodicPage(n, null, listing, cancellationToken)))
            uids.Add(episode.Uid);
        if (uids.Count == 0)
            return;
        foreach (var batch in uids.Chunk(DeleteBatchSize))
            mm.DeleteEpisodic(batch, null, cancellationToken);
        var features = Pages(n => mm.GetSemanticPage(n, null, null, cancellationToken)).ToList();
        foreach (var batch in UnifiedMapping.FeaturesOf(features, [.. uids]).Chunk(DeleteBatchSize))
            mm.DeleteSemantic(batch, null, cancellationToken);
    }

    private static IEnumerable<T> Pages<T>(Func<int, Page<T>> fetch)
    {
        for (var pageNum = 0; ; pageNum++)
        {
            var page = fetch(pageNum);
            foreach (var item in page.Items)
                yield return item;
            if (page.ContinuationToken is null || page.Items.Count == 0)
                yield break;
        }
    }
}
