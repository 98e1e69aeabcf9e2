using MemoryClients.Http;
using MemoryClients.Mem0.Api;

namespace MemoryClients.Mem0;

/// <summary>
/// The Mem0 Platform client: ergonomic, validated methods over the raw <see cref="V1"/> API.
/// Thread-safe; create one and reuse it.
/// </summary>
public class Mem0Client : IDisposable
{
    private readonly ApiTransport? _transport;

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <exception cref="InvalidOperationException">No API key in <paramref name="options"/> nor in <c>MEM0_API_KEY</c>.</exception>
    public Mem0Client(Mem0ClientOptions? options = null) : this(CreateTransport(options, httpClient: null)) { }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>, which it never changes or disposes.</summary>
    public Mem0Client(HttpClient httpClient, Mem0ClientOptions? options = null)
        : this(CreateTransport(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)))) { }

    /// <summary>For mocking frameworks only.</summary>
    protected Mem0Client()
    {
        V1 = null!;
        V2 = null!;
        V3 = null!;
        Entities = null!;
        Events = null!;
        Exports = null!;
        Project = null!;
        Webhooks = null!;
        Profiles = null!;
    }

    internal Mem0Client(ApiTransport transport)
    {
        _transport = transport;
        V1 = new Mem0V1Api(transport);
        V2 = new Mem0V2Api(transport);
        V3 = new Mem0V3Api(transport);
        // Sub-clients (entities, events, exports, project, webhooks, profiles) are created below this line.
        var identity = new Mem0Identity(V1);
        Entities = new Mem0EntitiesClient(V1, V2);
        Events = new Mem0EventsClient(V1, transport.TimeProvider);
        Exports = new Mem0ExportsClient(V1, transport.TimeProvider);
        Project = new Mem0ProjectClient(V1, identity);
        Webhooks = new Mem0WebhooksClient(V1, identity);
        Profiles = new Mem0ProfilesClient(V2);
    }

    /// <summary>The raw <c>/v1/</c> endpoints.</summary>
    public virtual IMem0V1Api V1 { get; }

    /// <summary>The raw <c>/v2/</c> endpoints.</summary>
    public virtual IMem0V2Api V2 { get; }

    /// <summary>The raw <c>/v3/</c> endpoints (add, search, list).</summary>
    public virtual IMem0V3Api V3 { get; }

    // Sub-client properties (Entities, Events, Exports, Project, Webhooks, Profiles) go here.

    /// <summary>The project's users, agents, apps and runs: list, read, delete.</summary>
    public virtual Mem0EntitiesClient Entities { get; }

    /// <summary>Asynchronous jobs (events) and usage statistics, with waiting for completion.</summary>
    public virtual Mem0EventsClient Events { get; }

    /// <summary>Structured memory exports.</summary>
    public virtual Mem0ExportsClient Exports { get; }

    /// <summary>The key's project: settings and members.</summary>
    public virtual Mem0ProjectClient Project { get; }

    /// <summary>Webhooks called when memories change.</summary>
    public virtual Mem0WebhooksClient Webhooks { get; }

    /// <summary>User profiles (beta).</summary>
    public virtual Mem0ProfilesClient Profiles { get; }

    // Memory operations (add, search, list, get, update, delete, history, batch, feedback) go below ping.

    /// <summary>Checks the API key and returns the organisation and project it belongs to.</summary>
    public virtual Task<Mem0PingResponse> PingAsync(CancellationToken cancellationToken = default) => V1.PingAsync(cancellationToken);

    /// <summary>Releases the connection pool the client owns (never a caller's <see cref="HttpClient"/>).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
            _transport?.Dispose();
    }

    private static ApiTransport CreateTransport(Mem0ClientOptions? options, HttpClient? httpClient)
    {
        options ??= new Mem0ClientOptions();
        if (options.ResolveApiKey() is null)
            throw new InvalidOperationException($"No Mem0 API key: set Mem0ClientOptions.ApiKey or the {Mem0ClientOptions.ApiKeyVariable} environment variable.");
        return ApiTransport.Create(options, MemoryProvider.Mem0, "Token", httpClient);
    }
}
