using MemoryClients.Diagnostics;
using MemoryClients.Filters;
using MemoryClients.Mem0;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;
using MemoryClients.Paging;

namespace MemoryClients;

/// <summary>
/// The one implementation of the unified operations, shared by <see cref="AsyncMemoryClient"/> and <see cref="MemoryClient"/>.
/// Each method validates its arguments at once (before any I/O), then runs one body for both clients: with
/// <c>async: false</c> every send underneath blocks and the returned task is already complete.
/// </summary>
internal sealed class MemoryOperations(Mem0Client? mem0, MemMachineClient? memMachine, MemoryProvider provider, ContentLog contentLog)
{
    private const int DeleteBatchSize = 100;

    public Task<MemoryAddResult> AddAsync(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options, bool async, CancellationToken cancellationToken)
    {
        UnifiedMapping.CheckMessages(messages, nameof(messages));
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        contentLog.Add(messages);
        if (memMachine is { } mm)
        {
            var mmMessages = UnifiedMapping.ToMemMachine(messages, scope, options);
            var mmOptions = UnifiedMapping.ToMemMachine(options);
            return Then(mm.AddCoreAsync(mmMessages, null, mmOptions, async, cancellationToken), r => UnifiedMapping.FromMemMachine(r));
        }
        var mem0Messages = UnifiedMapping.ToMem0(messages);
        var mem0Options = UnifiedMapping.ToMem0(options);
        return Then(mem0!.AddCoreAsync(mem0Messages, scope, mem0Options, async, cancellationToken), r => UnifiedMapping.FromMem0(r));
    }

    public Task<IReadOnlyList<MemoryRecord>> SearchAsync(string query, MemoryScope scope, MemorySearchOptions? options, bool async, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        Http.WellFormedText.Require(query, nameof(query));
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        contentLog.Search(query);
        if (memMachine is { } mm)
        {
            var mmOptions = UnifiedMapping.ToMemMachine(scope, options);
            return Then(mm.SearchCoreAsync(query, null, mmOptions, async, cancellationToken), r => UnifiedMapping.FromMemMachine(r, options?.TopK));
        }
        var filter = UnifiedMapping.ScopeFilter(MemoryProvider.Mem0, scope, options?.Filter);
        var mem0Options = UnifiedMapping.ToMem0(options);
        return Then(mem0!.SearchCoreAsync(query, filter, mem0Options, async, cancellationToken), r => UnifiedMapping.FromMem0(r));
    }

    /// <summary>Checks a listing's arguments; called when the listing is created, so bad input fails before enumeration.</summary>
    public static void CheckList(MemoryScope scope, MemoryListOptions? options)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        UnifiedMapping.CheckListOptions(options);
    }

    /// <summary>One page of a scope's memories: the first when <paramref name="continuationToken"/> is null.</summary>
    public Task<Page<MemoryRecord>> ListPageAsync(MemoryScope scope, string? continuationToken, MemoryListOptions? options, bool async, CancellationToken cancellationToken)
    {
        CheckList(scope, options);
        if (memMachine is { } mm)
        {
            var mmOptions = UnifiedMapping.ToMemMachine(scope, options);
            var pageNum = MemMachineClient.PageNumber(continuationToken);
            return Then(mm.ListEpisodicPageCoreAsync(pageNum, null, mmOptions, async, cancellationToken), r => Map(r, UnifiedMapping.FromMemMachine));
        }
        var filter = UnifiedMapping.ScopeFilter(MemoryProvider.Mem0, scope, options?.Filter);
        var mem0Options = UnifiedMapping.ToMem0(options);
        return Then(mem0!.ListPageCoreAsync(filter, continuationToken, mem0Options, async, cancellationToken), r => Map(r, UnifiedMapping.FromMem0));
    }

    public Task<MemoryRecord> GetAsync(string memoryId, bool async, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        if (memMachine is not null)
            throw UnifiedMapping.NotSupported("get a memory by id", "Use ListAsync (List on MemoryClient) with MemoryListOptions.Filter = MemoryFilter.Uid.Is(id) instead.");
        return Then(mem0!.GetCoreAsync(memoryId, async, cancellationToken), r => UnifiedMapping.FromMem0(r));
    }

    public Task<MemoryRecord> UpdateAsync(string memoryId, MemoryUpdateOptions update, bool async, CancellationToken cancellationToken)
    {
        UnifiedMapping.CheckUpdate(memoryId, update);
        if (memMachine is not null)
            throw UnifiedMapping.NotSupported("update a memory", "Delete it (DeleteAsync, or Delete on MemoryClient) and add the corrected message (AddAsync, or Add) instead.");
        var mem0Update = UnifiedMapping.ToMem0(update);
        return Then(mem0!.UpdateCoreAsync(memoryId, mem0Update, async, cancellationToken), r => UnifiedMapping.FromMem0(r));
    }

    public Task DeleteAsync(string memoryId, bool async, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        return memMachine is { } mm
            ? mm.DeleteEpisodicCoreAsync([memoryId], null, async, cancellationToken)
            : mem0!.DeleteCoreAsync(memoryId, deleteLinked: false, async, cancellationToken);
    }

    public Task DeleteAsync(MemoryRecord record, bool async, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Provider != provider)
            throw new ArgumentException($"The record came from {record.Provider}, but this client talks to {provider}.", nameof(record));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Id, nameof(record));
        if (memMachine is { } mm && record.Kind == MemoryKind.SemanticFeature)
            return mm.DeleteSemanticCoreAsync([record.Id], null, async, cancellationToken);
        return DeleteAsync(record.Id, async, cancellationToken);
    }

    public Task DeleteAllAsync(MemoryScope scope, bool async, CancellationToken cancellationToken)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        return memMachine is { } mm
            ? DeleteAllMemMachineAsync(mm, scope, async, cancellationToken)
            : mem0!.DeleteAllCoreAsync(scope, null, async, cancellationToken);
    }

    // MemMachine has no scoped delete: collect the scope's episodes first (deleting while paging would shift the pages),
    // delete them in batches, then delete the semantic features drawn only from those episodes.
    private static async Task DeleteAllMemMachineAsync(MemMachineClient mm, MemoryScope scope, bool async, CancellationToken cancellationToken)
    {
        var listing = new MemMachineListOptions { Filter = MemoryFilter.ForScope(scope) };
        var uids = new List<string>();
        await foreach (var episode in Walk((n, ct) => mm.ListEpisodicPageCoreAsync(n, null, listing, async, ct), cancellationToken).ConfigureAwait(false))
            uids.Add(episode.Uid);
        if (uids.Count == 0)
            return;
        foreach (var batch in uids.Chunk(DeleteBatchSize))
            await mm.DeleteEpisodicCoreAsync(batch, null, async, cancellationToken).ConfigureAwait(false);

        var features = new List<MemMachineSemanticFeature>();
        await foreach (var feature in Walk((n, ct) => mm.ListSemanticPageCoreAsync(n, null, null, async, ct), cancellationToken).ConfigureAwait(false))
            features.Add(feature);
        foreach (var batch in UnifiedMapping.FeaturesOf(features, [.. uids]).Chunk(DeleteBatchSize))
            await mm.DeleteSemanticCoreAsync(batch, null, async, cancellationToken).ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<T> Walk<T>(Func<int, CancellationToken, Task<Page<T>>> fetch, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var pageNum = 0; ; pageNum++)
        {
            var page = await fetch(pageNum, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
                yield return item;
            if (page.ContinuationToken is null || page.Items.Count == 0)
                yield break;
        }
    }

    // The provider call's task, mapped; on the blocking path it is already complete, and so is the result.
    private static async Task<TResult> Then<T, TResult>(Task<T> task, Func<T, TResult> map) => map(await task.ConfigureAwait(false));

    private static Page<MemoryRecord> Map<T>(Page<T> page, Func<T, MemoryRecord> map) =>
        new([.. page.Items.Select(map)], page.ContinuationToken, page.TotalCount);
}
