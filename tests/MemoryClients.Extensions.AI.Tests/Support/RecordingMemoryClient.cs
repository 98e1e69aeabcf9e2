using MemoryClients.Paging;

namespace MemoryClients.Extensions.AI.Tests.Support;

/// <summary>
/// Passes every call to a real client and records what was asked (scope, query, cancellation token). Search and add can be
/// held at a gate until the test opens it, which lets tests observe "in flight" without sleeping.
/// </summary>
public sealed class RecordingMemoryClient(IMemoryClient inner) : IMemoryClient
{
    private readonly Lock _gate = new();

    public List<(string Query, MemoryScope Scope, MemorySearchOptions? Options, CancellationToken Token)> Searches { get; } = [];

    public List<(IReadOnlyList<MemoryMessage> Messages, MemoryScope Scope, CancellationToken Token)> Adds { get; } = [];

    private int _completedAdds;

    /// <summary>How many adds have returned from the real client.</summary>
    public int CompletedAdds => Volatile.Read(ref _completedAdds);

    /// <summary>When set, searches wait for it (honouring their token) before calling through.</summary>
    public TaskCompletionSource? SearchGate { get; set; }

    /// <summary>When set, adds wait for it (honouring their token) before calling through.</summary>
    public TaskCompletionSource? AddGate { get; set; }

    /// <summary>Completed when an add has reached the gate.</summary>
    public TaskCompletionSource AddStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when a search has reached the gate.</summary>
    public TaskCompletionSource SearchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, lists read this scope instead of the one asked for: a service that ignores the scope.</summary>
    public Func<MemoryScope, MemoryScope>? ListScope { get; set; }

    public MemoryProvider Provider => inner.Provider;

    public MemoryCapabilities Capabilities => inner.Capabilities;

    public async Task<MemoryAddResult> AddAsync(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options = null, CancellationToken cancellationToken = default)
    {
        lock (_gate) Adds.Add((messages, scope, cancellationToken));
        AddStarted.TrySetResult();
        if (AddGate is { } gate) await gate.Task.WaitAsync(cancellationToken);
        var result = await inner.AddAsync(messages, scope, options, cancellationToken);
        Interlocked.Increment(ref _completedAdds);
        return result;
    }

    public async Task<IReadOnlyList<MemoryRecord>> SearchAsync(string query, MemoryScope scope, MemorySearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        lock (_gate) Searches.Add((query, scope, options, cancellationToken));
        SearchStarted.TrySetResult();
        if (SearchGate is { } gate) await gate.Task.WaitAsync(cancellationToken);
        return await inner.SearchAsync(query, scope, options, cancellationToken);
    }

    public AsyncPageable<MemoryRecord> ListAsync(MemoryScope scope, MemoryListOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.ListAsync(ListScope?.Invoke(scope) ?? scope, options, cancellationToken);

    public Task<Page<MemoryRecord>> ListPageAsync(MemoryScope scope, string? continuationToken = null, MemoryListOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.ListPageAsync(ListScope?.Invoke(scope) ?? scope, continuationToken, options, cancellationToken);

    public Task<MemoryRecord> GetAsync(string memoryId, CancellationToken cancellationToken = default) => inner.GetAsync(memoryId, cancellationToken);

    public Task<MemoryRecord> UpdateAsync(string memoryId, MemoryUpdateOptions update, CancellationToken cancellationToken = default) =>
        inner.UpdateAsync(memoryId, update, cancellationToken);

    public Task DeleteAsync(string memoryId, CancellationToken cancellationToken = default) => inner.DeleteAsync(memoryId, cancellationToken);

    public Task DeleteAsync(MemoryRecord record, CancellationToken cancellationToken = default) => inner.DeleteAsync(record, cancellationToken);

    public Task DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken = default) => inner.DeleteAllAsync(scope, cancellationToken);
}
