using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;
using MemoryClients.Paging;

namespace MemoryClients.Benchmarks;

/// <summary>
/// Page deserialisation without a network: the body comes from an in-memory handler, so what remains is request
/// building, the handler chain and parsing. The raw baseline deserialises the same bytes into minimal records.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class PageBenchmarks
{
    private static readonly Uri Root = new("http://127.0.0.1:1/");
    private static readonly MemoryScope Scope = MemoryScope.ForUser(CannedResponses.UserId);
    private readonly byte[] _mem0Page = CannedResponses.Mem0Page(200, 1000, Root);
    private readonly byte[] _episodePage = CannedResponses.EpisodePage(100);
    private HttpClient _mem0Http = null!;
    private HttpClient _episodeHttp = null!;
    private Mem0Client _mem0 = null!;
    private AsyncMemoryClient _unified = null!;
    private MemMachineClient _memMachine = null!;
    private AsyncMemoryClient _unifiedMemMachine = null!;

    /// <summary>Builds clients over in-memory handlers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _mem0Http = new HttpClient(new CannedHandler(_mem0Page));
        _episodeHttp = new HttpClient(new CannedHandler(_episodePage));
        _mem0 = new Mem0Client(_mem0Http, new Mem0ClientOptions { ApiKey = SdkClients.ApiKey, BaseAddress = Root, AllowInsecureHttp = true });
        _unified = new AsyncMemoryClient(_mem0Http, new MemoryClientOptions { ApiKey = SdkClients.ApiKey, BaseAddress = Root, AllowInsecureHttp = true });
        var mmRoot = new Uri(Root, "v2/");
        _memMachine = new MemMachineClient(_episodeHttp, new MemMachineClientOptions { ApiKey = SdkClients.ApiKey, BaseAddress = mmRoot, AllowInsecureHttp = true });
        _unifiedMemMachine = new AsyncMemoryClient(_episodeHttp,
            new MemoryClientOptions { Provider = MemoryProvider.MemMachine, ApiKey = SdkClients.ApiKey, BaseAddress = mmRoot, AllowInsecureHttp = true });
    }

    /// <summary>Releases the clients.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _mem0.Dispose();
        _unified.Dispose();
        _memMachine.Dispose();
        _unifiedMemMachine.Dispose();
        _mem0Http.Dispose();
        _episodeHttp.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Mem0Page200")]
    public RawPage? Mem0Page200_RawDeserialize() => JsonSerializer.Deserialize(_mem0Page, RawJsonContext.Default.RawPage);

    [Benchmark, BenchmarkCategory("Mem0Page200")]
    public Task<Page<Mem0Memory>> Mem0Page200_Mem0Client() => _mem0.ListPageAsync(Scope, "page=1", new Mem0ListOptions { PageSize = 200 }, default);

    [Benchmark, BenchmarkCategory("Mem0Page200")]
    public async Task<Page<MemoryRecord>> Mem0Page200_Unified()
    {
        await foreach (var page in _unified.ListAsync(Scope, new MemoryListOptions { PageSize = 200 }, default).WithPrefetch(false).AsPages())
            return page;
        throw new InvalidOperationException("No page.");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("EpisodePage100")]
    public RawEpisodePage? EpisodePage100_RawDeserialize() => JsonSerializer.Deserialize(_episodePage, RawJsonContext.Default.RawEpisodePage);

    [Benchmark, BenchmarkCategory("EpisodePage100")]
    public Task<Page<MemMachineEpisode>> EpisodePage100_MemMachineClient() =>
        _memMachine.ListEpisodicPageAsync(null, null, new MemMachineListOptions { PageSize = 100 }, default);

    [Benchmark, BenchmarkCategory("EpisodePage100")]
    public async Task<Page<MemoryRecord>> EpisodePage100_Unified()
    {
        await foreach (var page in _unifiedMemMachine.ListAsync(Scope, new MemoryListOptions { PageSize = 100 }, default).WithPrefetch(false).AsPages())
            return page;
        throw new InvalidOperationException("No page.");
    }
}
