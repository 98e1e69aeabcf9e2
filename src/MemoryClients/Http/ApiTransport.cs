using System.Diagnostics.CodeAnalysis;
using System.Net;
using MemoryClients.Errors;
using Refit;

namespace MemoryClients.Http;

/// <summary>
/// The one place that talks HTTP. It owns a client's handler chain (telemetry, resilience, authentication, then the socket
/// or the caller's <see cref="HttpClient"/>) and builds the Refit-generated raw APIs over it, once each: the chain's entry
/// (<see cref="BlockingEntryHandler"/>) sends a call of the synchronous client with blocking I/O. Refit's failures are
/// mapped to the <see cref="MemoryApiException"/> family here, so no Refit exception reaches a caller.
/// </summary>
internal sealed class ApiTransport : IDisposable
{
    private readonly HttpMessageHandler _chain;
    private readonly HttpClient _http;
    private readonly RefitSettings _settings;

    private ApiTransport(HttpMessageHandler chain, ServiceClientOptions options, bool alwaysBlocking)
    {
        // Timeouts belong to the resilience handler, so HttpClient's own is off.
        _chain = chain;
        _http = new HttpClient(new BlockingEntryHandler(chain, alwaysBlocking), disposeHandler: true)
        {
            BaseAddress = options.ResolveBaseAddress(),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        TimeProvider = options.TimeProvider;
        _settings = Settings(options.GetProfile(), options.TimeProvider);
    }

    /// <summary>The clock from the client's options, for callers that wait between polls.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// Builds the transport a client owns: its own pooled socket handler, or the caller's <see cref="HttpClient"/>
    /// (never changed or disposed), behind the SDK's handlers.
    /// </summary>
    /// <param name="options">The provider's options: key, address, retries, clock and logging.</param>
    /// <param name="httpClient">The caller's client to send through, or null for a pool of the transport's own.</param>
    /// <param name="alwaysBlocking">Sends every call, asynchronous API included, with blocking I/O; contract tests use it to show
    /// that the synchronous path puts the same requests on the wire.</param>
    public static ApiTransport Create(ServiceClientOptions options, HttpClient? httpClient, bool alwaysBlocking = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        HttpMessageHandler terminal = httpClient is null ? CreateSocketHandler() : new ForwardingHandler(httpClient);
        var apiKey = options.ResolveApiKey();
        var (telemetry, resilience, authentication) = Handlers(options, () => apiKey);
        authentication.InnerHandler = terminal;
        resilience.InnerHandler = authentication;
        telemetry.InnerHandler = resilience;
        return new ApiTransport(telemetry, options, alwaysBlocking);
    }

    /// <summary>
    /// The SDK's own handlers, outermost first, each with one job: telemetry (one span, measurement and log line per call),
    /// resilience (the Polly pipeline), authentication (key and headers on every try). A client built directly links them
    /// here; dependency injection adds the same three, unlinked, to its named <see cref="HttpClient"/>.
    /// </summary>
    public static (TelemetryHandler Telemetry, ResilienceHandler Resilience, AuthenticationHandler Authentication) Handlers(
        ServiceClientOptions options, Func<string?> apiKey)
    {
        var provider = options.GetProfile().Provider;
        var authentication = new AuthenticationHandler(options.GetProfile().AuthScheme, apiKey, SdkInfo.UserAgent(options.ResolveApplicationId()));
        var resilience = new ResilienceHandler(options.Resilience, options.TimeProvider, provider, options.LoggerFactory);
        var telemetry = new TelemetryHandler(provider, options.LoggerFactory);
        return (telemetry, resilience, authentication);
    }

    /// <summary>
    /// The socket handler of a client that owns its connections (and of the dependency-injection pipeline): redirects off,
    /// so a 3xx reaches the caller as <see cref="MemoryRedirectException"/> and nothing is re-sent to another host.
    /// </summary>
    /// <remarks>
    /// A body the client stops reading (a try timed out or was cancelled mid-body) closes its connection at once instead of
    /// being drained for up to two seconds, and a body-less request is never re-sent by the handler on its own (<see cref="SendGuard"/>).
    /// </remarks>
    public static SocketsHttpHandler CreateSocketHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = false,
        MaxResponseDrainSize = 0,
        ConnectCallback = SendGuard.ConnectAsync,
    };

    /// <summary>Builds the transport over a chain assembled elsewhere (dependency injection's <see cref="IHttpClientFactory"/> pipeline).</summary>
    public static ApiTransport Over(HttpMessageHandler chain, ServiceClientOptions options) => new(chain, options, alwaysBlocking: false);

    /// <summary>The generated implementation of a raw API, over this transport.</summary>
    public TApi Api<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] TApi>()
    {
        IdempotentMethods.Register<TApi>();
        return RestService.ForGenerated<TApi>(_http, _settings);
    }

    private static RefitSettings Settings(ProviderProfile profile, TimeProvider time) => new(new JsonContent(profile.Json), UrlValueFormatter.Instance)
    {
        UrlResolution = UrlResolutionMode.Rfc3986,
        Buffered = true,
        CaptureRequestContent = false,
        CaptureMethodArguments = false,
        // Refit asks this of every response first; a success is then deserialised, from the pooled buffer the body is in.
        ExceptionFactory = response =>
        {
            if (!response.IsSuccessStatusCode)
                return FailureAsync(profile.Provider, response, time);
            (response.Content as BufferedContent)?.PassToSerializer();
            return default;
        },
        DeserializationExceptionFactory = async (response, error) =>
            ErrorMapper.InvalidResponse(profile.Provider, response, await BufferedContent.ReadTextAsync(response.Content).ConfigureAwait(false), error),
        TransportExceptionFactory = (request, error, cancellationToken) => ErrorMapper.FromTransport(profile.Provider, request, error, cancellationToken) ?? error,
    };

    private static async ValueTask<Exception?> FailureAsync(MemoryProvider provider, HttpResponseMessage response, TimeProvider time) =>
        ErrorMapper.FromResponse(provider, response, await BufferedContent.ReadTextAsync(response.Content).ConfigureAwait(false), time);

    public void Dispose()
    {
        _http.Dispose();
        _chain.Dispose();
    }
}
