using MemoryClients.Http;
using MemoryClients.Mem0;
using MemoryClients.MemMachine;
using MemoryClients.Paging;
using Microsoft.Extensions.Logging;

namespace MemoryClients;

/// <summary>
/// The synchronous twin of <see cref="IMemoryClient"/>, for scripts and code that cannot be asynchronous. It runs the same
/// operations as <see cref="AsyncMemoryClient"/> with real blocking I/O (<see cref="HttpMessageInvoker.Send"/>) all the way
/// down and never waits on a task, so it cannot deadlock under a <see cref="SynchronizationContext"/>. Thread-safe; create
/// one and reuse it.
/// </summary>
/// <remarks>
/// Every handler of an <see cref="HttpClient"/> it sends through must implement the blocking <c>Send</c> (the socket
/// handler does); see <c>docs/reliability.md</c>.
/// </remarks>
public class MemoryClient : IDisposable
{
    private readonly MemoryOperations _operations = null!;

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <param name="options">Provider, key, address and the rest; validated now.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    /// <exception cref="ArgumentException">The options break a rule; the message says what to set.</exception>
    public MemoryClient(MemoryClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(MemoryOperations.Create(options, httpClient: null, loggerFactory)) { }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>, which it never changes or disposes.</summary>
    /// <param name="httpClient">The caller's client.</param>
    /// <param name="options">Provider, key, address and the rest; validated now.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    public MemoryClient(HttpClient httpClient, MemoryClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(MemoryOperations.Create(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)), loggerFactory)) { }

    /// <summary>For mocking frameworks only.</summary>
    protected MemoryClient() { }

    internal MemoryClient(MemoryOperations operations) => _operations = operations;

    /// <summary>The service this client talks to.</summary>
    public virtual MemoryProvider Provider => _operations.Provider;

    /// <summary>What the provider can do; an operation it cannot do throws <see cref="NotSupportedException"/>.</summary>
    public virtual MemoryCapabilities Capabilities => _operations.Capabilities;

    /// <summary>The Mem0 client behind this one (its asynchronous API), for full fidelity; null when the provider is MemMachine.</summary>
    public virtual Mem0Client? Mem0 => _operations.ProviderClient as Mem0Client;

    /// <summary>The MemMachine client behind this one (its asynchronous API), for full fidelity; null when the provider is Mem0.</summary>
    public virtual MemMachineClient? MemMachine => _operations.ProviderClient as MemMachineClient;

    /// <summary>Stores a conversation for a scope; see <see cref="IMemoryClient.AddAsync"/>.</summary>
    /// <param name="messages">At least one message.</param>
    /// <param name="scope">Whom the memories belong to; at least one id.</param>
    /// <param name="options">Metadata and inference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual MemoryAddResult Add(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options = null, CancellationToken cancellationToken = default) =>
        Completed.Blocking(() => _operations.AddAsync(messages, scope, options, cancellationToken));

    /// <summary>Searches a scope's memories, best match first; see <see cref="IMemoryClient.SearchAsync"/>.</summary>
    /// <param name="query">What to look for; not empty.</param>
    /// <param name="scope">Whose memories to search; at least one id.</param>
    /// <param name="options">Result count, score threshold and an extra filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual IReadOnlyList<MemoryRecord> Search(string query, MemoryScope scope, MemorySearchOptions? options = null, CancellationToken cancellationToken = default) =>
        Completed.Blocking(() => _operations.SearchAsync(query, scope, options, cancellationToken));

    /// <summary>Every memory of a scope, fetched page by page (synchronously) as you enumerate; <c>AsPages()</c> gives page access.</summary>
    /// <param name="scope">Whose memories to list; at least one id.</param>
    /// <param name="options">Page size and an extra filter.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    /// <exception cref="ArgumentException">An empty scope or a page size out of range; thrown here, not on enumeration.</exception>
    public virtual Pageable<MemoryRecord> List(MemoryScope scope, MemoryListOptions? options = null, CancellationToken cancellationToken = default) =>
        new(_operations.List(scope, options, cancellationToken));

    /// <summary>One page of a scope's memories: the first when <paramref name="continuationToken"/> is null, else the page it names.</summary>
    /// <param name="scope">Whose memories to list; at least one id.</param>
    /// <param name="continuationToken">The token of the previous page, or null.</param>
    /// <param name="options">Page size and an extra filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Page<MemoryRecord> ListPage(MemoryScope scope, string? continuationToken = null, MemoryListOptions? options = null, CancellationToken cancellationToken = default) =>
        Completed.Blocking(() => _operations.ListPageAsync(scope, continuationToken, options, cancellationToken));

    /// <summary>One memory by id, where the provider can; see <see cref="IMemoryClient.GetAsync"/>.</summary>
    /// <param name="memoryId">The memory id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The provider is MemMachine, which has no get by id.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Get is the synchronous twin of GetAsync; Visual Basic callers can still call it.")]
    public virtual MemoryRecord Get(string memoryId, CancellationToken cancellationToken = default) =>
        Completed.Blocking(() => _operations.GetAsync(memoryId, cancellationToken));

    /// <summary>Changes a memory's text or metadata, where the provider can; see <see cref="IMemoryClient.UpdateAsync"/>.</summary>
    /// <param name="memoryId">The memory id.</param>
    /// <param name="update">What to change; at least one property.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The provider is MemMachine, whose episodes cannot be changed.</exception>
    public virtual MemoryRecord Update(string memoryId, MemoryUpdateOptions update, CancellationToken cancellationToken = default) =>
        Completed.Blocking(() => _operations.UpdateAsync(memoryId, update, cancellationToken));

    /// <summary>Deletes one memory by id (on MemMachine, an episode uid).</summary>
    /// <param name="memoryId">The memory id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual void Delete(string memoryId, CancellationToken cancellationToken = default) =>
        Completed.Blocking(() => _operations.DeleteAsync(memoryId, cancellationToken));

    /// <summary>Deletes one record, choosing the right endpoint by its <see cref="MemoryRecord.Kind"/>.</summary>
    /// <param name="record">A record this provider returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual void Delete(MemoryRecord record, CancellationToken cancellationToken = default) =>
        Completed.Blocking(() => _operations.DeleteAsync(record, cancellationToken));

    /// <summary>Deletes every memory of a scope; see <see cref="IMemoryClient.DeleteAllAsync"/>.</summary>
    /// <param name="scope">Whose memories to delete; at least one id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual void DeleteAll(MemoryScope scope, CancellationToken cancellationToken = default) =>
        Completed.Blocking(() => _operations.DeleteAllAsync(scope, cancellationToken));

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
