using BenchmarkDotNet.Attributes;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine;
using MemoryClients.Paging;

namespace MemoryClients.Benchmarks;

/// <summary>
/// One call per operation against the loopback server, three ways: the hand-written baseline (<see cref="RawClient"/>),
/// the provider client, and <see cref="AsyncMemoryClient"/>. Each category's baseline is the raw call.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class OperationBenchmarks
{
    private static readonly MemoryScope Scope = MemoryScope.ForUser(CannedResponses.UserId);
    private static readonly Mem0Message[] Mem0Messages = [new("user", "I moved to Lisbon last month and I am looking for a climbing gym.")];
    private static readonly MemoryMessage[] Messages = [new() { Role = "user", Content = "I moved to Lisbon last month and I am looking for a climbing gym." }];
    private static readonly RawMessage[] RawMessages = [new("user", "I moved to Lisbon last month and I am looking for a climbing gym.")];
    private const string Query = "What does alice like to eat?";

    private ServerProcess _server = null!;
    private RawClient _raw = null!;
    private Mem0Client _mem0 = null!;
    private MemMachineClient _memMachine = null!;
    private AsyncMemoryClient _unified = null!;
    private AsyncMemoryClient _unifiedMemMachine = null!;

    /// <summary>Starts the server and the clients, and warms every path once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _server = ServerProcess.StartAsync().GetAwaiter().GetResult();
        _raw = new RawClient(_server.BaseAddress);
        _mem0 = SdkClients.Mem0(_server.BaseAddress);
        _memMachine = SdkClients.MemMachine(_server.MemMachineAddress);
        _unified = SdkClients.Unified(MemoryProvider.Mem0, _server.BaseAddress);
        _unifiedMemMachine = SdkClients.Unified(MemoryProvider.MemMachine, _server.MemMachineAddress);
    }

    /// <summary>Stops the clients and the server.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _mem0.Dispose();
        _memMachine.Dispose();
        _unified.Dispose();
        _unifiedMemMachine.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Search")]
    public Task<IReadOnlyList<RawMemory>> Search_Raw() => _raw.SearchAsync(Query, CannedResponses.UserId, default);

    [Benchmark, BenchmarkCategory("Search")]
    public Task<IReadOnlyList<Mem0Memory>> Search_Mem0Client() => _mem0.SearchAsync(Query, Scope, null, default);

    [Benchmark, BenchmarkCategory("Search")]
    public Task<IReadOnlyList<MemoryRecord>> Search_Unified() => _unified.SearchAsync(Query, Scope, null, default);

    [Benchmark(Baseline = true), BenchmarkCategory("Add")]
    public Task<RawAddResponse> Add_Raw() => _raw.AddAsync(RawMessages, CannedResponses.UserId, default);

    [Benchmark, BenchmarkCategory("Add")]
    public Task<Mem0AddMemoriesResponse> Add_Mem0Client() => _mem0.AddAsync(Mem0Messages, Scope, null, default);

    [Benchmark, BenchmarkCategory("Add")]
    public Task<MemoryAddResult> Add_Unified() => _unified.AddAsync(Messages, Scope, null, default);

    [Benchmark(Baseline = true), BenchmarkCategory("Get")]
    public Task<RawMemory> Get_Raw() => _raw.GetAsync(CannedResponses.MemoryId, default);

    [Benchmark, BenchmarkCategory("Get")]
    public Task<Mem0Memory> Get_Mem0Client() => _mem0.GetAsync(CannedResponses.MemoryId, default);

    [Benchmark, BenchmarkCategory("Get")]
    public Task<MemoryRecord> Get_Unified() => _unified.GetAsync(CannedResponses.MemoryId, default);

    [Benchmark(Baseline = true), BenchmarkCategory("ListPage100")]
    public Task<RawPage> ListPage100_Raw() => _raw.ListPageAsync(_server.BaseAddress, CannedResponses.UserId, 1, 100, default);

    [Benchmark, BenchmarkCategory("ListPage100")]
    public Task<Page<Mem0Memory>> ListPage100_Mem0Client() => _mem0.ListPageAsync(Scope, "page=1", new Mem0ListOptions { PageSize = 100 }, default);

    [Benchmark, BenchmarkCategory("ListPage100")]
    public Task<Page<MemoryRecord>> ListPage100_Unified() => FirstPageAsync(_unified.ListAsync(Scope, new MemoryListOptions { PageSize = 100 }, default));

    [Benchmark(Baseline = true), BenchmarkCategory("ListPage200")]
    public Task<RawPage> ListPage200_Raw() => _raw.ListPageAsync(_server.BaseAddress, CannedResponses.UserId, 1, 200, default);

    [Benchmark, BenchmarkCategory("ListPage200")]
    public Task<Page<Mem0Memory>> ListPage200_Mem0Client() => _mem0.ListPageAsync(Scope, "page=1", new Mem0ListOptions { PageSize = 200 }, default);

    [Benchmark, BenchmarkCategory("ListPage200")]
    public Task<Page<MemoryRecord>> ListPage200_Unified() => FirstPageAsync(_unified.ListAsync(Scope, new MemoryListOptions { PageSize = 200 }, default));

    [Benchmark(Baseline = true), BenchmarkCategory("MemMachineList100")]
    public Task<IReadOnlyList<RawEpisode>> MemMachineList100_Raw() => _raw.ListEpisodesAsync(0, 100, default);

    [Benchmark, BenchmarkCategory("MemMachineList100")]
    public Task<Page<MemMachine.Api.MemMachineEpisode>> MemMachineList100_MemMachineClient() =>
        _memMachine.ListEpisodicPageAsync(null, null, new MemMachineListOptions { PageSize = 100 }, default);

    [Benchmark, BenchmarkCategory("MemMachineList100")]
    public Task<Page<MemoryRecord>> MemMachineList100_Unified() => FirstPageAsync(_unifiedMemMachine.ListAsync(Scope, new MemoryListOptions { PageSize = 100 }, default));

    private static async Task<Page<T>> FirstPageAsync<T>(AsyncPageable<T> pageable)
    {
        // One page is one request: without prefetch the second page is not fetched ahead only to be dropped.
        await foreach (var page in pageable.WithPrefetch(false).AsPages())
            return page;
        throw new InvalidOperationException("No page.");
    }
}
