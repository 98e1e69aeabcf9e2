using System.Net;
using MemoryClients.Errors;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.MemMachine;

// Projects: isolated memory namespaces.
public partial class MemMachineClient
{
    /// <summary>Creates a project.</summary>
    /// <param name="projectId">The new project's id: non-empty, letters, digits, <c>_</c>, <c>:</c> and <c>-</c>, at most 255 characters.</param>
    /// <param name="options">A description and, self-hosted only, the project's models and stores.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="MemoryValidationException">The project exists (409) or the service rejected a setting.</exception>
    public virtual Task<MemMachineProject> CreateProjectAsync(string projectId, MemMachineCreateProjectOptions? options = null, CancellationToken cancellationToken = default) =>
        V2.CreateProjectAsync(BuildCreate(projectId, options), cancellationToken);

    /// <summary>Reads a project.</summary>
    /// <param name="projectId">The project; null means the default project (on the cloud, <c>""</c> names the caller's default project).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="MemoryNotFoundException">The project does not exist.</exception>
    public virtual Task<MemMachineProject> GetProjectAsync(string? projectId = null, CancellationToken cancellationToken = default) =>
        V2.GetProjectAsync(Scope(ProjectOrDefault(projectId, nameof(projectId))), cancellationToken);

    /// <summary>Reads a project, creating it when it does not exist; a creation race (409) reads it again.</summary>
    /// <param name="projectId">The project's id: non-empty, letters, digits, <c>_</c>, <c>:</c> and <c>-</c>, at most 255 characters.</param>
    /// <param name="options">The settings used if the project is created.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<MemMachineProject> GetOrCreateProjectAsync(string projectId, MemMachineCreateProjectOptions? options = null, CancellationToken cancellationToken = default)
    {
        var create = BuildCreate(projectId, options);
        var scope = Scope(create.ProjectId);
        try
        {
            return await V2.GetProjectAsync(scope, cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryNotFoundException)
        {
            // Not there yet: create it below.
        }
        try
        {
            return await V2.CreateProjectAsync(create, cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryValidationException error) when (error.StatusCode == HttpStatusCode.Conflict)
        {
            // Someone created it between our get and our create: theirs is the project.
        }
        return await V2.GetProjectAsync(scope, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists every project the key (cloud) or server (self-hosted) can see; self-hosted servers return ids only.</summary>
    public virtual Task<IReadOnlyList<MemMachineProject>> ListProjectsAsync(CancellationToken cancellationToken = default) =>
        V2.ListProjectsAsync(cancellationToken);

    /// <summary>Deletes a project and every memory in it.</summary>
    /// <param name="projectId">The project, spelled out (never a default): non-empty, at most 255 characters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="MemoryNotFoundException">The project does not exist.</exception>
    public virtual Task DeleteProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
        Errors.EarlierDelete.Succeeded(V2.DeleteProjectAsync(Scope(RequiredProject(projectId, nameof(projectId))), cancellationToken));

    /// <summary>Counts the episodes stored in a project.</summary>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<long> GetEpisodeCountAsync(string? projectId = null, CancellationToken cancellationToken = default)
    {
        var scope = Scope(ProjectOrDefault(projectId, nameof(projectId)));
        var response = await V2.GetEpisodeCountAsync(scope, cancellationToken).ConfigureAwait(false);
        return response.Count;
    }

    private static readonly MemMachineCreateProjectOptions NoCreateOptions = new();

    private MemMachineCreateProjectRequest BuildCreate(string projectId, MemMachineCreateProjectOptions? options)
    {
        var id = RequiredProject(projectId, nameof(projectId));
        options?.CheckCallSettings(nameof(options));
        if (options?.Config is not null && !_settings.SelfHosted)
            throw new ArgumentException("A project configuration can only be set on a self-hosted server; the cloud accepts a project id and description only.", "options.Config");
        return new MemMachineCreateProjectRequest(options ?? NoCreateOptions, id) { OrgId = _settings.OrgId };
    }
}
