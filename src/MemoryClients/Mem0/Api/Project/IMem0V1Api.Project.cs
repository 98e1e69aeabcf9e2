using Refit;
namespace MemoryClients.Mem0.Api;

public partial interface IMem0V1Api
{
    /// <summary><c>POST /api/v1/orgs/organizations/{org_id}/projects/</c>: creates a project in the organisation.</summary>
    [Post("api/v1/orgs/organizations/{org_id}/projects/")]
    Task<Mem0CreateProjectResponse> CreateProjectAsync([AliasAs("org_id")] string orgId, [Body] Mem0CreateProjectRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /api/v1/orgs/organizations/{org_id}/projects/{project_id}/</c>: deletes a project and all its data.</summary>
    [Delete("api/v1/orgs/organizations/{org_id}/projects/{project_id}/")]
    Task<Mem0ConfirmationResponse> DeleteProjectAsync([AliasAs("org_id")] string orgId, [AliasAs("project_id")] string projectId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v1/orgs/organizations/{org_id}/projects/{project_id}/</c>: returns a project's details and settings.</summary>
    /// <param name="orgId">The organisation id (from <c>GET /v1/ping/</c>).</param>
    /// <param name="projectId">The project id (from <c>GET /v1/ping/</c>).</param>
    /// <param name="fields">Only these fields, sent as repeated <c>fields</c> query parameters; null for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("api/v1/orgs/organizations/{org_id}/projects/{project_id}/")]
    Task<Mem0Project> GetProjectAsync([AliasAs("org_id")] string orgId, [AliasAs("project_id")] string projectId, [Query(CollectionFormat.Multi)] IEnumerable<string>? fields = null, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /api/v1/orgs/organizations/{org_id}/projects/{project_id}/</c>: changes the project settings that are set in <paramref name="request"/>.</summary>
    /// <param name="orgId">The organisation id.</param>
    /// <param name="projectId">The project id.</param>
    /// <param name="request">The settings to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Patch("api/v1/orgs/organizations/{org_id}/projects/{project_id}/")]
    Task<Mem0ConfirmationResponse> UpdateProjectAsync([AliasAs("org_id")] string orgId, [AliasAs("project_id")] string projectId, [Body] Mem0UpdateProjectRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v1/orgs/organizations/{org_id}/projects/{project_id}/members/</c>: lists the project's members.</summary>
    /// <param name="orgId">The organisation id.</param>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("api/v1/orgs/organizations/{org_id}/projects/{project_id}/members/")]
    Task<Mem0GetProjectMembersResponse> GetProjectMembersAsync([AliasAs("org_id")] string orgId, [AliasAs("project_id")] string projectId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v1/orgs/organizations/{org_id}/projects/{project_id}/members/</c>: adds a member with a role.</summary>
    /// <param name="orgId">The organisation id.</param>
    /// <param name="projectId">The project id.</param>
    /// <param name="request">The member's e-mail address and role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("api/v1/orgs/organizations/{org_id}/projects/{project_id}/members/")]
    Task<Mem0ConfirmationResponse> AddProjectMemberAsync([AliasAs("org_id")] string orgId, [AliasAs("project_id")] string projectId, [Body] Mem0ProjectMemberRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /api/v1/orgs/organizations/{org_id}/projects/{project_id}/members/</c>: changes a member's role.</summary>
    /// <param name="orgId">The organisation id.</param>
    /// <param name="projectId">The project id.</param>
    /// <param name="request">The member's e-mail address and new role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("api/v1/orgs/organizations/{org_id}/projects/{project_id}/members/")]
    Task<Mem0ConfirmationResponse> UpdateProjectMemberAsync([AliasAs("org_id")] string orgId, [AliasAs("project_id")] string projectId, [Body] Mem0ProjectMemberRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /api/v1/orgs/organizations/{org_id}/projects/{project_id}/members/?email=</c>: removes a member.</summary>
    /// <param name="orgId">The organisation id.</param>
    /// <param name="projectId">The project id.</param>
    /// <param name="email">The member's e-mail address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("api/v1/orgs/organizations/{org_id}/projects/{project_id}/members/")]
    Task<Mem0ConfirmationResponse> RemoveProjectMemberAsync([AliasAs("org_id")] string orgId, [AliasAs("project_id")] string projectId, [Query] string email, CancellationToken cancellationToken = default);
}
