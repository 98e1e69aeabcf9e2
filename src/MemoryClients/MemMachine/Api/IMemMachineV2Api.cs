using Refit;

namespace MemoryClients.MemMachine.Api;

/// <summary>
/// The MemMachine v2 endpoints, one method per endpoint, with request and response types that match the wire.
/// Use <see cref="MemMachineClient"/> for validation, project defaults and paging; use this for full control.
/// </summary>
/// <remarks>
/// Paths are relative to the API root: <c>https://api.memmachine.ai/v2/</c> on the cloud, <c>http://host:8080/api/v2/</c>
/// self-hosted. This API sends bodies as given: set <c>OrgId</c> only for a self-hosted server. Methods in
/// <c>IMemMachineV2Api.Semantic.cs</c> and <c>IMemMachineV2Api.EpisodicConfig.cs</c> exist on self-hosted servers only.
/// </remarks>
public partial interface IMemMachineV2Api
{
    /// <summary><c>GET /api/v2/health</c>: checks a self-hosted server is up; needs no key.</summary>
    [Get("health")]
    Task<MemMachineGetHealthResponse> GetHealthAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /health</c>: checks the cloud service is up; it is served at the host root, one level above the <c>/v2/</c> API root.</summary>
    [Get("../health")]
    Task<MemMachineGetHealthResponse> GetCloudHealthAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /metrics</c>: the Prometheus metrics, as text.</summary>
    [Get("metrics")]
    [Headers("Accept: text/plain")]
    Task<string> GetMetricsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>POST /projects</c>: creates a project; 409 when it exists.</summary>
    [Post("projects")]
    Task<MemMachineProject> CreateProjectAsync([Body] MemMachineCreateProjectRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /projects/get</c>: reads a project; 404 when it does not exist.</summary>
    [Post("projects/get"), Idempotent]
    Task<MemMachineProject> GetProjectAsync([Body] MemMachineProjectScope request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /projects/list</c>: lists every project (self-hosted servers return ids only); not paged.</summary>
    [Post("projects/list"), Idempotent]
    Task<IReadOnlyList<MemMachineProject>> ListProjectsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>POST /projects/delete</c>: deletes a project and all its memories.</summary>
    [Post("projects/delete"), Idempotent]
    Task DeleteProjectAsync([Body] MemMachineProjectScope request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /projects/episode_count/get</c>: counts the episodes stored in a project.</summary>
    [Post("projects/episode_count/get"), Idempotent]
    Task<MemMachineGetEpisodeCountResponse> GetEpisodeCountAsync([Body] MemMachineProjectScope request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories</c>: adds messages as episodes and, in the background, semantic features.</summary>
    [Post("memories")]
    Task<MemMachineAddMemoriesResponse> AddMemoriesAsync([Body] MemMachineAddMemoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/search</c>: searches episodic and semantic memory.</summary>
    [Post("memories/search"), Idempotent]
    Task<MemMachineSearchMemoriesResponse> SearchMemoriesAsync([Body] MemMachineSearchMemoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/list</c>: one page of episodes and/or semantic features (zero-based <c>page_num</c>).</summary>
    [Post("memories/list"), Idempotent]
    Task<MemMachineListMemoriesResponse> ListMemoriesAsync([Body] MemMachineListMemoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/episodic/delete</c>: deletes episodes by id.</summary>
    [Post("memories/episodic/delete"), Idempotent]
    Task DeleteEpisodicMemoriesAsync([Body] MemMachineDeleteEpisodicRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/delete</c>: deletes semantic features by id.</summary>
    [Post("memories/semantic/delete"), Idempotent]
    Task DeleteSemanticMemoriesAsync([Body] MemMachineDeleteSemanticRequest request, CancellationToken cancellationToken = default);
}
