using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using MemoryClients.Http;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MemoryClients.Benchmarks;

/// <summary>
/// The SDK's own cost per call, piece by piece, without a socket: each handler alone over an in-memory answer, Polly's
/// pipeline alone, reading a body, and whole calls with an empty search result (so no model parsing): raw
/// <see cref="HttpClient"/>, Refit without the SDK's handlers, the raw API through the whole chain, and the provider method
/// (which also builds the request).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class TransportBenchmarks
{
    private static readonly Uri Root = new("http://127.0.0.1:1/");
    private static readonly Uri MemoryAddress = new(Root, "v1/memories/m1/");
    private static readonly byte[] EmptySearch = Encoding.UTF8.GetBytes("""{"results":[]}""");
    private static readonly MemoryScope Scope = MemoryScope.ForUser(CannedResponses.UserId);
    private const string Query = "What does alice like to eat?";

    private readonly Mem0ClientOptions _options = new() { ApiKey = SdkClients.ApiKey, BaseAddress = Root, AllowInsecureHttp = true };
    private readonly Mem0SearchMemoriesRequest _request = new() { Query = Query, Filters = new JsonObject { ["user_id"] = CannedResponses.UserId } };
    private HttpMessageInvoker _none = null!;
    private HttpMessageInvoker _authentication = null!;
    private HttpMessageInvoker _telemetry = null!;
    private HttpMessageInvoker _resilience = null!;
    private HttpMessageInvoker _all = null!;
    private ResiliencePipeline<HttpResponseMessage> _retry = null!;
    private ResiliencePipeline<HttpResponseMessage> _retryAndTimeout = null!;
    private HttpResponseMessage _answer = null!;
    private HttpClient _raw = null!;
    private ApiTransport _refitOnly = null!;
    private IMem0V3Api _refit = null!;
    private Mem0Client _sdk = null!;
    private HttpClient _rawWaiting = null!;
    private ApiTransport _refitOnlyWaiting = null!;
    private IMem0V3Api _refitWaiting = null!;
    private Mem0Client _sdkWaiting = null!;

    /// <summary>Builds each piece over an in-memory handler.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _none = new HttpMessageInvoker(new CannedHandler(EmptySearch));
        _authentication = new HttpMessageInvoker(Over(Handlers().Authentication));
        _telemetry = new HttpMessageInvoker(Over(Handlers().Telemetry));
        _resilience = new HttpMessageInvoker(Over(Handlers().Resilience));
        _all = new HttpMessageInvoker(Chain());
        _sdk = new Mem0Client(ApiTransport.Over(Chain(), _options));

        // Polly alone, in the shape the resilience handler builds: the retry, then a deadline per try.
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(RetryOptions()).Build();
        _retryAndTimeout = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(RetryOptions())
            .AddTimeout(new TimeoutStrategyOptions { TimeoutGenerator = static _ => ValueTask.FromResult(TimeSpan.FromSeconds(30)) })
            .Build();
        _answer = new HttpResponseMessage(System.Net.HttpStatusCode.OK);

        _raw = new HttpClient(new CannedHandler(EmptySearch)) { BaseAddress = Root };
        _refitOnly = ApiTransport.Over(new CannedHandler(EmptySearch), _options);
        _refit = _refitOnly.Api<IMem0V3Api>();

        _rawWaiting = new HttpClient(new CannedHandler(EmptySearch, answerLater: true)) { BaseAddress = Root };
        _refitOnlyWaiting = ApiTransport.Over(new CannedHandler(EmptySearch, answerLater: true), _options);
        _refitWaiting = _refitOnlyWaiting.Api<IMem0V3Api>();
        _sdkWaiting = new Mem0Client(ApiTransport.Over(Chain(answerLater: true), _options));
    }

    /// <summary>Releases the pieces.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _none.Dispose();
        _authentication.Dispose();
        _telemetry.Dispose();
        _resilience.Dispose();
        _all.Dispose();
        _sdk.Dispose();
        _answer.Dispose();
        _raw.Dispose();
        _refitOnly.Dispose();
        _rawWaiting.Dispose();
        _refitOnlyWaiting.Dispose();
        _sdkWaiting.Dispose();
    }

    private (TelemetryHandler Telemetry, ResilienceHandler Resilience, AuthenticationHandler Authentication) Handlers() =>
        ApiTransport.Handlers(_options, () => SdkClients.ApiKey);

    /// <summary>The chain a client with its own connections has, ending in the in-memory answer instead of a socket.</summary>
    private TelemetryHandler Chain(bool answerLater = false)
    {
        var (telemetry, resilience, authentication) = Handlers();
        resilience.InnerHandler = Over(authentication, answerLater);
        telemetry.InnerHandler = resilience;
        return telemetry;
    }

    private static DelegatingHandler Over(DelegatingHandler handler, bool answerLater = false)
    {
        handler.InnerHandler = new CannedHandler(EmptySearch, answerLater);
        return handler;
    }

    private static RetryStrategyOptions<HttpResponseMessage> RetryOptions() => new()
    {
        MaxRetryAttempts = 3,
        ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Exception is not null),
        DelayGenerator = static _ => ValueTask.FromResult<TimeSpan?>(TimeSpan.Zero),
    };

    // ---- one GET through each handler alone (the in-memory answer is the baseline) ----

    [Benchmark(Baseline = true), BenchmarkCategory("Handlers")]
    public Task Handlers_None() => SendAsync(_none);

    [Benchmark, BenchmarkCategory("Handlers")]
    public Task Handlers_Authentication() => SendAsync(_authentication);

    [Benchmark, BenchmarkCategory("Handlers")]
    public Task Handlers_Telemetry() => SendAsync(_telemetry);

    [Benchmark, BenchmarkCategory("Handlers")]
    public Task Handlers_Resilience() => SendAsync(_resilience);

    [Benchmark, BenchmarkCategory("Handlers")]
    public Task Handlers_All() => SendAsync(_all);

    private static async Task SendAsync(HttpMessageInvoker invoker)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, MemoryAddress);
        using var response = await invoker.SendAsync(request, default).ConfigureAwait(false);
    }

    // ---- Polly's part of the resilience handler: the pooled context, the retry, the per-try deadline ----

    [Benchmark(Baseline = true), BenchmarkCategory("Polly")]
    public HttpResponseMessage Polly_Context()
    {
        var context = ResilienceContextPool.Shared.Get(default(CancellationToken));
        ResilienceContextPool.Shared.Return(context);
        return _answer;
    }

    [Benchmark, BenchmarkCategory("Polly")]
    public ValueTask<Outcome<HttpResponseMessage>> Polly_Retry() => ExecuteAsync(_retry);

    [Benchmark, BenchmarkCategory("Polly")]
    public ValueTask<Outcome<HttpResponseMessage>> Polly_RetryAndTimeout() => ExecuteAsync(_retryAndTimeout);

    private async ValueTask<Outcome<HttpResponseMessage>> ExecuteAsync(ResiliencePipeline<HttpResponseMessage> pipeline)
    {
        var context = ResilienceContextPool.Shared.Get(default(CancellationToken));
        try
        {
            return await pipeline.ExecuteOutcomeAsync(static (_, answer) => ValueTask.FromResult(Outcome.FromResult(answer)), context, _answer).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // ---- reading a 10-result search body: HttpClient's own buffering (a new array) against the SDK's pooled read ----

    [Benchmark(Baseline = true), BenchmarkCategory("Body")]
    public async Task<long?> Body_LoadIntoBuffer()
    {
        using var content = new ByteArrayContent(CannedResponses.Search);
        await content.LoadIntoBufferAsync().ConfigureAwait(false);
        return content.Headers.ContentLength;
    }

    [Benchmark, BenchmarkCategory("Body")]
    public async Task<int> Body_PooledRead()
    {
        using var content = await BufferedContent.ReadAsync(new ByteArrayContent(CannedResponses.Search), 1 << 24, async: true, default).ConfigureAwait(false);
        return content.Span.Length;
    }

    // ---- a whole search call with an empty result: the raw HttpClient, Refit without the SDK's handlers, the raw API
    // through the whole chain (a request built beforehand), the provider method (which builds the request) ----

    [Benchmark(Baseline = true), BenchmarkCategory("Call")]
    public Task<int> Call_Raw() => RawSearchAsync(_raw);

    [Benchmark, BenchmarkCategory("Call")]
    public async Task<int> Call_RefitOnly() => (await _refit.SearchMemoriesAsync(_request).ConfigureAwait(false)).Results.Count;

    [Benchmark, BenchmarkCategory("Call")]
    public async Task<int> Call_RawApi() => (await _sdk.V3.SearchMemoriesAsync(_request).ConfigureAwait(false)).Results.Count;

    [Benchmark, BenchmarkCategory("Call")]
    public async Task<int> Call_Mem0Client() => (await _sdk.SearchAsync(Query, Scope).ConfigureAwait(false)).Count;

    // ---- the same calls when the answer comes from a thread-pool thread, as over a socket: every asynchronous layer
    // (Refit's runner, Polly's strategies, the handlers) then suspends and resumes, and its frame is allocated ----

    [Benchmark(Baseline = true), BenchmarkCategory("Waiting")]
    public Task<int> Waiting_Raw() => RawSearchAsync(_rawWaiting);

    [Benchmark, BenchmarkCategory("Waiting")]
    public async Task<int> Waiting_RefitOnly() => (await _refitWaiting.SearchMemoriesAsync(_request).ConfigureAwait(false)).Results.Count;

    [Benchmark, BenchmarkCategory("Waiting")]
    public async Task<int> Waiting_RawApi() => (await _sdkWaiting.V3.SearchMemoriesAsync(_request).ConfigureAwait(false)).Results.Count;

    [Benchmark, BenchmarkCategory("Waiting")]
    public async Task<int> Waiting_Mem0Client() => (await _sdkWaiting.SearchAsync(Query, Scope).ConfigureAwait(false)).Count;

    private static async Task<int> RawSearchAsync(HttpClient http)
    {
        var request = new RawSearchRequest(Query, new RawFilters(CannedResponses.UserId), 10);
        using var response = await http.PostAsJsonAsync("v3/memories/search/", request, RawJsonContext.Default.RawSearchRequest).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync(RawJsonContext.Default.RawSearchResponse).ConfigureAwait(false);
        return body!.Results.Count;
    }
}
