using System.Collections.Concurrent;
using MemoryClients.Paging;

namespace MemoryClients.Tests.Import;

/// <summary>An <see cref="IMemoryClient"/> whose adds are answered by a test's function; it records every add and the most in flight at once.</summary>
internal sealed class FakeMemoryClient(Func<AddCall, Task<MemoryAddResult>> add) : IMemoryClient
{
    private int _inFlight;
    private int _peak;

    public ConcurrentQueue<AddCall> Calls { get; } = new();

    public int Peak => Volatile.Read(ref _peak);

    public MemoryProvider Provider => MemoryProvider.Mem0;

    public MemoryCapabilities Capabilities => throw new NotSupportedException();

    public static Task<MemoryAddResult> Stored(AddCall call) => Task.FromResult(new MemoryAddResult { Ids = [call.Text] });

    public async Task<MemoryAddResult> AddAsync(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = new AddCall(messages, scope, options, Calls.Count(c => c.Text == messages[0].Content), cancellationToken);
        Calls.Enqueue(call);
        var now = Interlocked.Increment(ref _inFlight);
        int peak;
        while (now > (peak = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, peak) != peak) { }
        try
        {
            return await add(call);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public Task<IReadOnlyList<MemoryRecord>> SearchAsync(string query, MemoryScope scope, MemorySearchOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public AsyncPageable<MemoryRecord> ListAsync(MemoryScope scope, MemoryListOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Page<MemoryRecord>> ListPageAsync(MemoryScope scope, string? continuationToken = null, MemoryListOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<MemoryRecord> GetAsync(string memoryId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<MemoryRecord> UpdateAsync(string memoryId, MemoryUpdateOptions update, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DeleteAsync(string memoryId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DeleteAsync(MemoryRecord record, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}

/// <summary>One add the importer made: its first message's text, and how many times that text was sent before.</summary>
internal sealed record AddCall(IReadOnlyList<MemoryMessage> Messages, MemoryScope Scope, MemoryAddOptions? Options, int SentBefore, CancellationToken CancellationToken)
{
    public string Text => Messages[0].Content;
}
