using MemoryClients.Mem0.Api;
using MemoryClients.Validation;

namespace MemoryClients.Mem0;

/// <summary>
/// The project the API key belongs to: its settings and members. The organisation and project ids come from
/// <c>GET /v1/ping/</c>, asked once on first use. Reach it through <see cref="Mem0Client.Project"/>.
/// </summary>
public class Mem0ProjectClient
{
    private readonly IMem0V1Api _v1;
    private readonly Mem0Identity _identity;

    /// <summary>For mocking frameworks only.</summary>
    protected Mem0ProjectClient()
    {
        _v1 = null!;
        _identity = null!;
    }

    internal Mem0ProjectClient(IMem0V1Api v1, Mem0Identity identity)
    {
        _v1 = v1;
        _identity = identity;
    }

    /// <summary>Returns the project's details and settings.</summary>
    /// <param name="fields">Only these fields (sent as repeated <c>fields</c> query parameters); null for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">A field name is null, empty or whitespace.</exception>
    public virtual async Task<Mem0Project> GetAsync(IEnumerable<string>? fields = null, CancellationToken cancellationToken = default)
    {
        string[]? fieldList = null;
        if (fields is not null)
        {
            fieldList = fields.ToArray();
            if (fieldList.Any(string.IsNullOrWhiteSpace))
                throw new ArgumentException("A field name must not be null, empty or whitespace.", nameof(fields));
        }
        var (orgId, projectId) = await _identity.ResolveAsync(cancellationToken).ConfigureAwait(false);
        return await _v1.GetProjectAsync(orgId, projectId, fieldList, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes the project settings set in <paramref name="update"/> (<c>PATCH</c>); the others stay as they are.</summary>
    /// <param name="update">The settings to change; at least one must be set.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="update"/> sets nothing.</exception>
    public virtual async Task<Mem0ConfirmationResponse> UpdateAsync(Mem0UpdateProjectRequest update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.IsEmpty)
            throw new ArgumentException("Set at least one project setting to update.", nameof(update));
        var (orgId, projectId) = await _identity.ResolveAsync(cancellationToken).ConfigureAwait(false);
        return await _v1.UpdateProjectAsync(orgId, projectId, update, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates another project in the key's organisation and returns its id.</summary>
    /// <param name="name">The new project's name; not empty.</param>
    /// <param name="description">An optional description.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or whitespace.</exception>
    public virtual async Task<Mem0CreateProjectResponse> CreateAsync(string name, string? description = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var (orgId, _) = await _identity.ResolveAsync(cancellationToken).ConfigureAwait(false);
        return await _v1.CreateProjectAsync(orgId, new Mem0CreateProjectRequest { Name = name, Description = description }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a project of the key's organisation and every memory in it. The id is required, so the key's own project is never deleted by default.</summary>
    /// <param name="projectId">The project to delete.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="projectId"/> is null, empty or whitespace.</exception>
    public virtual async Task<Mem0ConfirmationResponse> DeleteAsync(string projectId, CancellationToken cancellationToken = default)
    {
        PathSegment.Require(projectId, nameof(projectId));
        var (orgId, _) = await _identity.ResolveAsync(cancellationToken).ConfigureAwait(false);
        return await Errors.EarlierDelete.Succeeded(_v1.DeleteProjectAsync(orgId, projectId, cancellationToken), static () => new()).ConfigureAwait(false);
    }

    /// <summary>Lists the project's members.</summary>
    public virtual async Task<IReadOnlyList<Mem0ProjectMember>> ListMembersAsync(CancellationToken cancellationToken = default)
    {
        var (orgId, projectId) = await _identity.ResolveAsync(cancellationToken).ConfigureAwait(false);
        var response = await _v1.GetProjectMembersAsync(orgId, projectId, cancellationToken).ConfigureAwait(false);
        return response.Members;
    }

    /// <summary>Gives a person access to the project.</summary>
    /// <param name="email">The person's e-mail address.</param>
    /// <param name="role">The role; <see cref="Mem0ProjectRole.Reader"/> when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="email"/> is empty, or <paramref name="role"/> is <c>default</c> or blank.</exception>
    public virtual async Task<Mem0ConfirmationResponse> AddMemberAsync(string email, Mem0ProjectRole? role = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var memberRole = Mem0PlatformGuard.NotBlank(role ?? Mem0ProjectRole.Reader, nameof(role));
        var (orgId, projectId) = await _identity.ResolveAsync(cancellationToken).ConfigureAwait(false);
        return await _v1.AddProjectMemberAsync(orgId, projectId, new Mem0ProjectMemberRequest { Email = email, Role = memberRole }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes a member's role.</summary>
    /// <param name="email">The member's e-mail address.</param>
    /// <param name="role">The new role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="email"/> is empty, or <paramref name="role"/> is <c>default</c> or blank.</exception>
    public virtual async Task<Mem0ConfirmationResponse> UpdateMemberAsync(string email, Mem0ProjectRole role, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var memberRole = Mem0PlatformGuard.NotBlank(role, nameof(role));
        var (orgId, projectId) = await _identity.ResolveAsync(cancellationToken).ConfigureAwait(false);
        return await _v1.UpdateProjectMemberAsync(orgId, projectId, new Mem0ProjectMemberRequest { Email = email, Role = memberRole }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a member from the project.</summary>
    /// <param name="email">The member's e-mail address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="email"/> is empty.</exception>
    public virtual async Task<Mem0ConfirmationResponse> RemoveMemberAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var (orgId, projectId) = await _identity.ResolveAsync(cancellationToken).ConfigureAwait(false);
        return await _v1.RemoveProjectMemberAsync(orgId, projectId, email, cancellationToken).ConfigureAwait(false);
    }
}
