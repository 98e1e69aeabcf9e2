using System.Text.Json.Serialization.Metadata;
using MemoryClients.Http;

namespace MemoryClients.MemMachine.Api;

/// <summary>The HTTP implementation of <see cref="IMemMachineV2Api"/>; each route constant sits beside its method.</summary>
/// <remarks>Every data operation is a POST with a JSON body; reads, deletes and configuration writes are marked idempotent so they are retried, creates are not.</remarks>
internal sealed partial class MemMachineV2Api(ApiTransport transport, string healthRoute) : IMemMachineV2Api
{
    private readonly ApiTransport _transport = transport;

    /// <summary>The health route on a self-hosted server, relative to the API root.</summary>
    internal const string HealthRoute = "health";

    /// <summary>The cloud serves health at the host root, one level above the <c>/v2/</c> API root.</summary>
    internal const string CloudHealthRoute = "../health";

    public Task<MemMachineHealthResponse> GetHealthAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(new ApiRequest(HttpMethod.Get, healthRoute), MemMachineJsonContext.Default.MemMachineHealthResponse, cancellationToken);

    internal const string MetricsRoute = "metrics";

    public Task<string> GetMetricsAsync(CancellationToken cancellationToken = default) =>
        _transport.SendForTextAsync(new ApiRequest(HttpMethod.Get, MetricsRoute).Header("Accept", "text/plain"), cancellationToken);

    internal const string CreateProjectRoute = "projects";

    public Task<MemMachineProject> CreateProjectAsync(MemMachineCreateProjectRequest request, CancellationToken cancellationToken = default) =>
        Post(CreateProjectRoute, request, MemMachineJsonContext.Default.MemMachineCreateProjectRequest, MemMachineJsonContext.Default.MemMachineProject, idempotent: false, cancellationToken);

    internal const string GetProjectRoute = "projects/get";

    public Task<MemMachineProject> GetProjectAsync(MemMachineProjectScope request, CancellationToken cancellationToken = default) =>
        Post(GetProjectRoute, request, MemMachineJsonContext.Default.MemMachineProjectScope, MemMachineJsonContext.Default.MemMachineProject, idempotent: true, cancellationToken);

    internal const string ListProjectsRoute = "projects/list";

    public Task<IReadOnlyList<MemMachineProject>> ListProjectsAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(new ApiRequest(HttpMethod.Post, ListProjectsRoute).AsIdempotent(), MemMachineJsonContext.Default.IReadOnlyListMemMachineProject, cancellationToken);

    internal const string DeleteProjectRoute = "projects/delete";

    public Task DeleteProjectAsync(MemMachineProjectScope request, CancellationToken cancellationToken = default) =>
        Post(DeleteProjectRoute, request, MemMachineJsonContext.Default.MemMachineProjectScope, cancellationToken);

    internal const string EpisodeCountRoute = "projects/episode_count/get";

    public Task<MemMachineEpisodeCountResponse> GetEpisodeCountAsync(MemMachineProjectScope request, CancellationToken cancellationToken = default) =>
        Post(EpisodeCountRoute, request, MemMachineJsonContext.Default.MemMachineProjectScope, MemMachineJsonContext.Default.MemMachineEpisodeCountResponse, idempotent: true, cancellationToken);

    internal const string AddMemoriesRoute = "memories";

    public Task<MemMachineAddMemoriesResponse> AddMemoriesAsync(MemMachineAddMemoriesRequest request, CancellationToken cancellationToken = default) =>
        Post(AddMemoriesRoute, request, MemMachineJsonContext.Default.MemMachineAddMemoriesRequest, MemMachineJsonContext.Default.MemMachineAddMemoriesResponse, idempotent: false, cancellationToken);

    /// <summary>The synchronous twin of <see cref="AddMemoriesAsync"/>, for the synchronous unified client.</summary>
    internal MemMachineAddMemoriesResponse AddMemories(MemMachineAddMemoriesRequest request, CancellationToken cancellationToken) =>
        _transport.Send(Call(AddMemoriesRoute, request, MemMachineJsonContext.Default.MemMachineAddMemoriesRequest, idempotent: false), MemMachineJsonContext.Default.MemMachineAddMemoriesResponse, cancellationToken);

    internal const string SearchMemoriesRoute = "memories/search";

    public Task<MemMachineSearchResponse> SearchMemoriesAsync(MemMachineSearchMemoriesRequest request, CancellationToken cancellationToken = default) =>
        Post(SearchMemoriesRoute, request, MemMachineJsonContext.Default.MemMachineSearchMemoriesRequest, MemMachineJsonContext.Default.MemMachineSearchResponse, idempotent: true, cancellationToken);

    /// <summary>The synchronous twin of <see cref="SearchMemoriesAsync"/>, for the synchronous unified client.</summary>
    internal MemMachineSearchResponse SearchMemories(MemMachineSearchMemoriesRequest request, CancellationToken cancellationToken) =>
        _transport.Send(Call(SearchMemoriesRoute, request, MemMachineJsonContext.Default.MemMachineSearchMemoriesRequest, idempotent: true), MemMachineJsonContext.Default.MemMachineSearchResponse, cancellationToken);

    internal const string ListMemoriesRoute = "memories/list";

    public Task<MemMachineListResponse> ListMemoriesAsync(MemMachineListMemoriesRequest request, CancellationToken cancellationToken = default) =>
        Post(ListMemoriesRoute, request, MemMachineJsonContext.Default.MemMachineListMemoriesRequest, MemMachineJsonContext.Default.MemMachineListResponse, idempotent: true, cancellationToken);

    /// <summary>The synchronous twin of <see cref="ListMemoriesAsync"/>, for the synchronous unified client.</summary>
    internal MemMachineListResponse ListMemories(MemMachineListMemoriesRequest request, CancellationToken cancellationToken) =>
        _transport.Send(Call(ListMemoriesRoute, request, MemMachineJsonContext.Default.MemMachineListMemoriesRequest, idempotent: true), MemMachineJsonContext.Default.MemMachineListResponse, cancellationToken);

    internal const string DeleteEpisodicRoute = "memories/episodic/delete";

    public Task DeleteEpisodicMemoriesAsync(MemMachineDeleteEpisodicRequest request, CancellationToken cancellationToken = default) =>
        Post(DeleteEpisodicRoute, request, MemMachineJsonContext.Default.MemMachineDeleteEpisodicRequest, cancellationToken);

    /// <summary>The synchronous twin of <see cref="DeleteEpisodicMemoriesAsync"/>, for the synchronous unified client.</summary>
    internal void DeleteEpisodicMemories(MemMachineDeleteEpisodicRequest request, CancellationToken cancellationToken) =>
        _transport.Send(Call(DeleteEpisodicRoute, request, MemMachineJsonContext.Default.MemMachineDeleteEpisodicRequest, idempotent: true), cancellationToken);

    internal const string DeleteSemanticRoute = "memories/semantic/delete";

    public Task DeleteSemanticMemoriesAsync(MemMachineDeleteSemanticRequest request, CancellationToken cancellationToken = default) =>
        Post(DeleteSemanticRoute, request, MemMachineJsonContext.Default.MemMachineDeleteSemanticRequest, cancellationToken);

    /// <summary>The synchronous twin of <see cref="DeleteSemanticMemoriesAsync"/>, for the synchronous unified client.</summary>
    internal void DeleteSemanticMemories(MemMachineDeleteSemanticRequest request, CancellationToken cancellationToken) =>
        _transport.Send(Call(DeleteSemanticRoute, request, MemMachineJsonContext.Default.MemMachineDeleteSemanticRequest, idempotent: true), cancellationToken);

    /// <summary>A POST with a JSON body and a JSON answer.</summary>
    private Task<TResponse> Post<TRequest, TResponse>(string route, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType,
        bool idempotent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var apiRequest = new ApiRequest(HttpMethod.Post, route).Json(request, requestType);
        if (idempotent)
            apiRequest.AsIdempotent();
        return _transport.SendAsync(apiRequest, responseType, cancellationToken);
    }

    /// <summary>The POST a synchronous twin sends: the same request its async twin builds.</summary>
    private static ApiRequest Call<TRequest>(string route, TRequest request, JsonTypeInfo<TRequest> requestType, bool idempotent)
    {
        ArgumentNullException.ThrowIfNull(request);
        var apiRequest = new ApiRequest(HttpMethod.Post, route).Json(request, requestType);
        return idempotent ? apiRequest.AsIdempotent() : apiRequest;
    }

    /// <summary>A POST with a JSON body and no answer body (204): deletes and configuration writes, all safe to repeat.</summary>
    private Task Post<TRequest>(string route, TRequest request, JsonTypeInfo<TRequest> requestType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.SendAsync(new ApiRequest(HttpMethod.Post, route).Json(request, requestType).AsIdempotent(), cancellationToken);
    }
}
