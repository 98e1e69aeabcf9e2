using MemoryClients.Diagnostics;
using MemoryClients.Http;
using MemoryClients.Mem0;
using MemoryClients.MemMachine;
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
    private readonly MemoryOperations _operations = null!;
    private readonly bool _ownsProviders;

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <param name="options">Provider, key, address and the rest; validated now.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    /// <exception cref="ArgumentException">The options break a rule; the message says what to set.</exception>
    public AsyncMemoryClient(MemoryClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(CreateProviders(options, httpClient: null, loggerFactory), options, loggerFactory?.CreateLogger<AsyncMemoryClient>(), ownsProviders: true) { }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>, which it never changes or disposes.</summary>
    /// <param name="httpClient">The caller's client.</param>
    /// <param name="options">Provider, key, address and the rest; validated now.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    public AsyncMemoryClient(HttpClient httpClient, MemoryClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(CreateProviders(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)), loggerFactory), options, loggerFactory?.CreateLogger<AsyncMemoryClient>(), ownsProviders: true) { }

    /// <summary>For mocking frameworks only.</summary>
    protected AsyncMemoryClient() { }

    internal AsyncMemoryClient((Mem0Client? Mem0, MemMachineClient? MemMachine) providers, MemoryClientOptions options, ILogger? logger, bool ownsProviders)
    {
        Mem0 = providers.Mem0;
        MemMachine = providers.MemMachine;
        Provider = options.Provider;
        _ownsProviders = ownsProviders;
        _operations = new MemoryOperations(Mem0, MemMachine, Provider, new ContentLog(options.Provider, logger, options.LogMemoryContent));
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
    public virtual Task<MemoryAddResult> AddAsync(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options = null, CancellationToken cancellationToken = default) =>
        _operations.AddAsync(messages, scope, options, async: true, cancellationToken);

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<MemoryRecord>> SearchAsync(string query, MemoryScope scope, MemorySearchOptions? options = null, CancellationToken cancellationToken = default) =>
        _operations.SearchAsync(query, scope, options, async: true, cancellationToken);

    /// <inheritdoc />
    public virtual AsyncPageable<MemoryRecord> ListAsync(MemoryScope scope, MemoryListOptions? options = null, CancellationToken cancellationToken = default)
    {
        MemoryOperations.CheckList(scope, options);
        return AsyncPageable.Create<MemoryRecord>(async (token, pageCancellation) =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, pageCancellation);
            return await _operations.ListPageAsync(scope, token, options, async: true, linked.Token).ConfigureAwait(false);
        });
    }

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The provider is MemMachine, which has no get by id.</exception>
    public virtual Task<MemoryRecord> GetAsync(string memoryId, CancellationToken cancellationToken = default) =>
        _operations.GetAsync(memoryId, async: true, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The provider is MemMachine, whose episodes cannot be changed.</exception>
    public virtual Task<MemoryRecord> UpdateAsync(string memoryId, MemoryUpdateOptions update, CancellationToken cancellationToken = default) =>
        _operations.UpdateAsync(memoryId, update, async: true, cancellationToken);

    /// <inheritdoc />
    public virtual Task DeleteAsync(string memoryId, CancellationToken cancellationToken = default) =>
        _operations.DeleteAsync(memoryId, async: true, cancellationToken);

    /// <inheritdoc />
    public virtual Task DeleteAsync(MemoryRecord record, CancellationToken cancellationToken = default) =>
        _operations.DeleteAsync(record, async: true, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Mem0 queues the deletion (it finishes in the background). MemMachine has no scoped delete: the client lists the
    /// scope's episodes, deletes them in batches, then deletes the semantic features drawn only from those episodes.</remarks>
    public virtual Task DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken = default) =>
        _operations.DeleteAllAsync(scope, async: true, cancellationToken);

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

    /// <summary>Builds the provider client the options name, after checking the options.</summary>
    internal static (Mem0Client?, MemMachineClient?) CreateProviders(MemoryClientOptions options, HttpClient? httpClient, ILoggerFactory? loggerFactory)
    {
        ThrowIfInvalid(options);
        if (options.Provider == MemoryProvider.MemMachine)
        {
            var mm = options.ToMemMachineOptions();
            mm.LoggerFactory = loggerFactory ?? mm.LoggerFactory;
            return (null, httpClient is null ? new MemMachineClient(mm) : new MemMachineClient(httpClient, mm));
        }
        var mem0 = options.ToMem0Options();
        mem0.LoggerFactory = loggerFactory ?? mem0.LoggerFactory;
        return (httpClient is null ? new Mem0Client(mem0) : new Mem0Client(httpClient, mem0), null);
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
