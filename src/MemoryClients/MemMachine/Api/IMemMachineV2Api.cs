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
    /// <summary><c>GET /health</c> (cloud, at the host root) or <c>GET /api/v2/health</c> (self-hosted): checks the service is up; needs no key.</summary>
    Task<MemMachineHealthResponse> GetHealthAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /metrics</c>: the Prometheus metrics, as text.</summary>
    Task<string> GetMetricsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>POST /projects</c>: creates a project; 409 when it exists.</summary>
    Task<MemMachineProject> CreateProjectAsync(MemMachineCreateProjectRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /projects/get</c>: reads a project; 404 when it does not exist.</summary>
    Task<MemMachineProject> GetProjectAsync(MemMachineProjectScope request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /projects/list</c>: lists every project (self-hosted servers return ids only); not paged.</summary>
    Task<IReadOnlyList<MemMachineProject>> ListProjectsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>POST /projects/delete</c>: deletes a project and all its memories.</summary>
    Task DeleteProjectAsync(MemMachineProjectScope request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /projects/episode_count/get</c>: counts the episodes stored in a project.</summary>
    Task<MemMachineEpisodeCountResponse> GetEpisodeCountAsync(MemMachineProjectScope request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories</c>: adds messages as episodes and, in the background, semantic features.</summary>
    Task<MemMachineAddMemoriesResponse> AddMemoriesAsync(MemMachineAddMemoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/search</c>: searches episodic and semantic memory.</summary>
    Task<MemMachineSearchResponse> SearchMemoriesAsync(MemMachineSearchMemoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/list</c>: one page of episodes and/or semantic features (zero-based <c>page_num</c>).</summary>
    Task<MemMachineListResponse> ListMemoriesAsync(MemMachineListMemoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/episodic/delete</c>: deletes episodes by id.</summary>
    Task DeleteEpisodicMemoriesAsync(MemMachineDeleteEpisodicRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/delete</c>: deletes semantic features by id.</summary>
    Task DeleteSemanticMemoriesAsync(MemMachineDeleteSemanticRequest request, CancellationToken cancellationToken = default);
}
