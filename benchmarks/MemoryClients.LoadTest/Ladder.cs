using MemoryClients.Benchmarks;
using MemoryClients.Http;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;

namespace MemoryClients.LoadTest;

/// <summary>
/// The SDK's layers over a real socket, added one at a time, so the gap between a raw call and the SDK's is split rung by
/// rung: Refit (with the SDK's serializer) over a plain socket handler, then .NET's decompression, the SDK's socket handler
/// (decompression, redirects off, the send guard), the authentication, resilience and telemetry handlers, and last the
/// provider method. Each rung is a client of its own over the same server.
/// </summary>
/// <remarks>
/// Below the resilience handler nothing reads the body into the pooled buffer, so those rungs' answers are copied by
/// Refit's buffering: on a search that costs them allocations the full chain does not make.
/// </remarks>
internal sealed class Ladder : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public Ladder(Uri root)
    {
        var options = new Mem0ClientOptions { ApiKey = SdkClients.ApiKey, BaseAddress = root, AllowInsecureHttp = true };
        Rungs =
        [
            Rung("refit", new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, options),
            Rung("+decompression", new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = System.Net.DecompressionMethods.All,
            }, options),
            Rung("+socket", ApiTransport.CreateSocketHandler(), options),
            Rung("+auth", Chain(options, resilience: false, telemetry: false), options),
            Rung("+resilience", Chain(options, resilience: true, telemetry: false), options),
            Rung("+telemetry", Chain(options, resilience: true, telemetry: true), options),
        ];
        Provider = new Mem0Client(options);
        _owned.Add(Provider);
    }

    /// <summary>Each rung's raw API, from Refit alone to the whole handler chain.</summary>
    public IReadOnlyList<(string Name, IMem0V1Api V1, IMem0V3Api V3)> Rungs { get; }

    /// <summary>The provider client (its methods validate, build the request and call the raw API of the full chain).</summary>
    public Mem0Client Provider { get; }

    private (string, IMem0V1Api, IMem0V3Api) Rung(string name, HttpMessageHandler chain, Mem0ClientOptions options)
    {
        var transport = ApiTransport.Over(chain, options);
        _owned.Add(transport);
        return (name, transport.Api<IMem0V1Api>(), transport.Api<IMem0V3Api>());
    }

    private static HttpMessageHandler Chain(Mem0ClientOptions options, bool resilience, bool telemetry)
    {
        var handlers = ApiTransport.Handlers(options, () => SdkClients.ApiKey);
        handlers.Authentication.InnerHandler = ApiTransport.CreateSocketHandler();
        HttpMessageHandler chain = handlers.Authentication;
        if (resilience)
        {
            handlers.Resilience.InnerHandler = chain;
            chain = handlers.Resilience;
        }
        if (telemetry)
        {
            handlers.Telemetry.InnerHandler = chain;
            chain = handlers.Telemetry;
        }
        return chain;
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
            owned.Dispose();
    }
}
