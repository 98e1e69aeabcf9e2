using MemoryClients.Paging;

namespace MemoryClients;

/// <summary>
/// A provider-neutral memory client: the same calls against Mem0 or MemMachine. Check <see cref="Capabilities"/> before
/// calling an operation a provider may lack; such a call throws <see cref="NotSupportedException"/> naming what to use instead.
/// </summary>
public interface IMemoryClient
{
    /// <summary>The service this client talks to.</summary>
    MemoryProvider Provider { get; }

    /// <summary>What the provider can do through this interface.</summary>
    MemoryCapabilities Capabilities { get; }

    /// <summary>Stores a conversation for a scope.</summary>
    /// <param name="messages">At least one message.</param>
    /// <param name="scope">Whom the memories belong to; at least one id.</param>
    /// <param name="options">Metadata and inference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<MemoryAddResult> AddAsync(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Searches a scope's memories, best match first.</summary>
    /// <param name="query">What to look for; not empty.</param>
    /// <param name="scope">Whose memories to search; at least one id.</param>
    /// <param name="options">Result count, score threshold and an extra filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<MemoryRecord>> SearchAsync(string query, MemoryScope scope, MemorySearchOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Every memory of a scope, fetched page by page as you enumerate; <c>AsPages()</c> gives page access.</summary>
    /// <param name="scope">Whose memories to list; at least one id.</param>
    /// <param name="options">Page size and an extra filter.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    AsyncPageable<MemoryRecord> ListAsync(MemoryScope scope, MemoryListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>One page of a scope's memories: the first when <paramref name="continuationToken"/> is null, else the page it names.</summary>
    /// <param name="scope">Whose memories to list; at least one id.</param>
    /// <param name="continuationToken">The previous page's <see cref="Page{T}.ContinuationToken"/>; null for the first page.</param>
    /// <param name="options">Page size and an extra filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Page<MemoryRecord>> ListPageAsync(MemoryScope scope, string? continuationToken = null, MemoryListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>One memory by id, where the provider can (<see cref="MemoryCapabilities.CanGet"/>).</summary>
    /// <param name="memoryId">The memory id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<MemoryRecord> GetAsync(string memoryId, CancellationToken cancellationToken = default);

    /// <summary>Changes a memory's text or metadata, where the provider can (<see cref="MemoryCapabilities.CanUpdate"/>).</summary>
    /// <param name="memoryId">The memory id.</param>
    /// <param name="update">What to change; at least one property.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<MemoryRecord> UpdateAsync(string memoryId, MemoryUpdateOptions update, CancellationToken cancellationToken = default);

    /// <summary>Deletes one memory by id (on MemMachine, an episode uid).</summary>
    /// <param name="memoryId">The memory id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(string memoryId, CancellationToken cancellationToken = default);

    /// <summary>Deletes one record, choosing the right endpoint by its <see cref="MemoryRecord.Kind"/>.</summary>
    /// <param name="record">A record this provider returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(MemoryRecord record, CancellationToken cancellationToken = default);

    /// <summary>Deletes every memory of a scope (Mem0 queues the deletion; MemMachine lists and deletes).</summary>
    /// <param name="scope">Whose memories to delete; at least one id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken = default);
}
