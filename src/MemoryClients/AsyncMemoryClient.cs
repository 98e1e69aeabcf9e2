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

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <param name="options">Provider, key, address and the rest; validated now.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    /// <exception cref="ArgumentException">The options break a rule; the message says what to set.</exception>
    public AsyncMemoryClient(MemoryClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(MemoryOperations.Create(options, httpClient: null, loggerFactory)) { }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>, which it never changes or disposes.</summary>
    /// <param name="httpClient">The caller's client.</param>
    /// <param name="options">Provider, key, address and the rest; validated now.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    public AsyncMemoryClient(HttpClient httpClient, MemoryClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(MemoryOperations.Create(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)), loggerFactory)) { }

    /// <summary>For mocking frameworks only.</summary>
    protected AsyncMemoryClient() { }

    internal AsyncMemoryClient(MemoryOperations operations) => _operations = operations;

    /// <summary>The implementation this client is a view of, shared with the <see cref="MemoryClient"/> registered next to it.</summary>
    internal MemoryOperations Operations => _operations;

    /// <inheritdoc />
    public virtual MemoryProvider Provider => _operations.Provider;

    /// <inheritdoc />
    public virtual MemoryCapabilities Capabilities => _operations.Capabilities;

    /// <summary>The Mem0 client behind this one, for full fidelity; null when the provider is MemMachine.</summary>
    public virtual Mem0Client? Mem0 => _operations.ProviderClient as Mem0Client;

    /// <summary>The MemMachine client behind this one, for full fidelity; null when the provider is Mem0.</summary>
    public virtual MemMachineClient? MemMachine => _operations.ProviderClient as MemMachineClient;

    /// <inheritdoc />
    public virtual Task<MemoryAddResult> AddAsync(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options = null, CancellationToken cancellationToken = default) =>
        _operations.AddAsync(messages, scope, options, cancellationToken);

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<MemoryRecord>> SearchAsync(string query, MemoryScope scope, MemorySearchOptions? options = null, CancellationToken cancellationToken = default) =>
        _operations.SearchAsync(query, scope, options, cancellationToken);

    /// <inheritdoc />
    public virtual AsyncPageable<MemoryRecord> ListAsync(MemoryScope scope, MemoryListOptions? options = null, CancellationToken cancellationToken = default) =>
        _operations.List(scope, options, cancellationToken);

    /// <inheritdoc />
    public virtual Task<Page<MemoryRecord>> ListPageAsync(MemoryScope scope, string? continuationToken = null, MemoryListOptions? options = null, CancellationToken cancellationToken = default) =>
        _operations.ListPageAsync(scope, continuationToken, options, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The provider is MemMachine, which has no get by id.</exception>
    public virtual Task<MemoryRecord> GetAsync(string memoryId, CancellationToken cancellationToken = default) =>
        _operations.GetAsync(memoryId, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The provider is MemMachine, whose episodes cannot be changed.</exception>
    public virtual Task<MemoryRecord> UpdateAsync(string memoryId, MemoryUpdateOptions update, CancellationToken cancellationToken = default) =>
        _operations.UpdateAsync(memoryId, update, cancellationToken);

    /// <inheritdoc />
    public virtual Task DeleteAsync(string memoryId, CancellationToken cancellationToken = default) =>
        _operations.DeleteAsync(memoryId, cancellationToken);

    /// <inheritdoc />
    public virtual Task DeleteAsync(MemoryRecord record, CancellationToken cancellationToken = default) =>
        _operations.DeleteAsync(record, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Mem0 queues the deletion (it finishes in the background). MemMachine has no scoped delete: the client lists the
    /// scope's episodes, deletes them in batches, then deletes the semantic features drawn only from those episodes.</remarks>
    public virtual Task DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken = default) =>
        _operations.DeleteAllAsync(scope, cancellationToken);

    /// <summary>Releases the provider client this client created (never a caller's <see cref="HttpClient"/>).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
            _operations?.Dispose();
    }
}
