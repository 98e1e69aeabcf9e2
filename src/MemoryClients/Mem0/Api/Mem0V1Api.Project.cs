using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

internal sealed partial class Mem0V1Api
{
    internal const string ProjectsRoute = "api/v1/orgs/organizations/{0}/projects/";

    public Task<Mem0ProjectCreateResponse> CreateProjectAsync(string orgId, Mem0ProjectCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orgId);
        ArgumentNullException.ThrowIfNull(request);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Post, ApiRoute.Expand(ProjectsRoute, orgId)).Json(request, Mem0JsonContext.Default.Mem0ProjectCreateRequest),
            Mem0JsonContext.Default.Mem0ProjectCreateResponse, cancellationToken);
    }

    internal const string ProjectRoute = "api/v1/orgs/organizations/{0}/projects/{1}/";

    public Task<Mem0ConfirmationResponse> DeleteProjectAsync(string orgId, string projectId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(new ApiRequest(HttpMethod.Delete, ProjectPath(ProjectRoute, orgId, projectId)), Mem0JsonContext.Default.Mem0ConfirmationResponse, cancellationToken);

    public Task<Mem0Project> GetProjectAsync(string orgId, string projectId, IEnumerable<string>? fields = null, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(HttpMethod.Get, ProjectPath(ProjectRoute, orgId, projectId));
        foreach (var field in fields ?? [])
            request.Query("fields", field);
        return _transport.SendAsync(request, Mem0JsonContext.Default.Mem0Project, cancellationToken);
    }

    public Task<Mem0ConfirmationResponse> UpdateProjectAsync(string orgId, string projectId, Mem0ProjectUpdateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Patch, ProjectPath(ProjectRoute, orgId, projectId)).Json(request, Mem0JsonContext.Default.Mem0ProjectUpdateRequest),
            Mem0JsonContext.Default.Mem0ConfirmationResponse, cancellationToken);
    }

    internal const string ProjectMembersRoute = "api/v1/orgs/organizations/{0}/projects/{1}/members/";

    public Task<Mem0ProjectMembersResponse> GetProjectMembersAsync(string orgId, string projectId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(
            new ApiRequest(HttpMethod.Get, ProjectPath(ProjectMembersRoute, orgId, projectId)),
            Mem0JsonContext.Default.Mem0ProjectMembersResponse, cancellationToken);

    public Task<Mem0ConfirmationResponse> AddProjectMemberAsync(string orgId, string projectId, Mem0ProjectMemberRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Post, ProjectPath(ProjectMembersRoute, orgId, projectId)).Json(request, Mem0JsonContext.Default.Mem0ProjectMemberRequest),
            Mem0JsonContext.Default.Mem0ConfirmationResponse, cancellationToken);
    }

    public Task<Mem0ConfirmationResponse> UpdateProjectMemberAsync(string orgId, string projectId, Mem0ProjectMemberRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Put, ProjectPath(ProjectMembersRoute, orgId, projectId)).Json(request, Mem0JsonContext.Default.Mem0ProjectMemberRequest),
            Mem0JsonContext.Default.Mem0ConfirmationResponse, cancellationToken);
    }

    public Task<Mem0ConfirmationResponse> RemoveProjectMemberAsync(string orgId, string projectId, string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Delete, ProjectPath(ProjectMembersRoute, orgId, projectId)).Query("email", email),
            Mem0JsonContext.Default.Mem0ConfirmationResponse, cancellationToken);
    }

    private static string ProjectPath(string route, string orgId, string projectId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orgId);
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        return ApiRoute.Expand(route, orgId, projectId);
    }
}
