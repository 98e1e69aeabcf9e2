using MemoryClients.Http;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.MemMachine;

/// <summary>
/// The MemMachine client, for the cloud and for self-hosted servers: validated methods for projects and memories
/// over the raw <see cref="V2"/> API, with semantic memory administration in <see cref="Semantic"/> and the episodic
/// memory configuration in <see cref="EpisodicConfig"/> (both self-hosted only). Thread-safe; create one and reuse it.
/// </summary>
/// <remarks>
/// Memory methods take a project id; null means <see cref="MemMachineClientOptions.ProjectId"/>. Self-hosted
/// differences (no key, <c>org_id</c> in every body, the health route) come from <see cref="MemMachineClientOptions"/>.
/// </remarks>
public partial class MemMachineClient : IDisposable
{
    private readonly ApiTransport? _transport;
    private readonly MemMachineSettings _settings;

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <exception cref="InvalidOperationException">The cloud is targeted and no API key is in <paramref name="options"/> nor in <c>MEMMACHINE_API_KEY</c>.</exception>
    /// <exception cref="ArgumentException">An option breaks its rule (ids, base address).</exception>
    public MemMachineClient(MemMachineClientOptions? options = null) : this(Create(options, httpClient: null)) { }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>, which it never changes or disposes.</summary>
    /// <exception cref="InvalidOperationException">The cloud is targeted and no API key is in <paramref name="options"/> nor in <c>MEMMACHINE_API_KEY</c>.</exception>
    /// <exception cref="ArgumentException">An option breaks its rule (ids, base address).</exception>
    public MemMachineClient(HttpClient httpClient, MemMachineClientOptions? options = null)
        : this(Create(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)))) { }

    /// <summary>For mocking frameworks only.</summary>
    protected MemMachineClient()
    {
        _settings = null!;
        V2 = null!;
        Semantic = null!;
        EpisodicConfig = null!;
    }

    private MemMachineClient((ApiTransport Transport, MemMachineSettings Settings) parts) : this(parts.Transport, parts.Settings) { }

    /// <summary>Creates a client over a transport built elsewhere (dependency injection); it takes ownership of the transport.</summary>
    internal MemMachineClient(ApiTransport transport, MemMachineSettings settings)
    {
        _transport = transport;
        _settings = settings;
        V2 = transport.Api<IMemMachineV2Api>();
        Semantic = new MemMachineSemanticClient(V2, settings);
        EpisodicConfig = new MemMachineEpisodicConfigClient(V2, settings);
    }

    /// <summary>The raw v2 endpoints, bodies sent exactly as given (set <c>OrgId</c> yourself for a self-hosted server).</summary>
    public virtual IMemMachineV2Api V2 { get; }

    /// <summary>Semantic memory administration (self-hosted servers only): features by hand, set types, sets, categories, templates and tags.</summary>
    public virtual MemMachineSemanticClient Semantic { get; }

    /// <summary>A project's episodic, short-term and long-term memory switches (self-hosted servers only).</summary>
    public virtual MemMachineEpisodicConfigClient EpisodicConfig { get; }

    /// <summary>Checks the service is up; needs no key.</summary>
    public virtual Task<MemMachineGetHealthResponse> PingAsync(CancellationToken cancellationToken = default) =>
        _settings.SelfHosted ? V2.GetHealthAsync(cancellationToken) : V2.GetCloudHealthAsync(cancellationToken);

    /// <summary>Reads the Prometheus metrics, as text.</summary>
    public virtual Task<string> GetMetricsAsync(CancellationToken cancellationToken = default) => V2.GetMetricsAsync(cancellationToken);

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

    private static (ApiTransport, MemMachineSettings) Create(MemMachineClientOptions? options, HttpClient? httpClient)
    {
        options ??= new MemMachineClientOptions();
        var settings = options.ResolveSettings();
        return (ApiTransport.Create(options, httpClient), settings);
    }

    /// <summary>The project a memory call targets: the given id, checked, or the default project.</summary>
    private string ProjectOrDefault(string? projectId, string paramName) => _settings.ProjectOrDefault(projectId, paramName);

    /// <summary>A project id that must be spelled out: create, get-or-create and delete never fall back to a default.</summary>
    private static string RequiredProject(string projectId, string paramName) => MemMachineIds.Check(projectId, paramName, "project_id", allowEmpty: false);

    private MemMachineProjectScope Scope(string projectId) => new() { OrgId = _settings.OrgId, ProjectId = projectId };
}
