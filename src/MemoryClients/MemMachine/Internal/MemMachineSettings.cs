namespace MemoryClients.MemMachine;

/// <summary>
/// The options a client needs after construction, resolved and checked once by
/// <see cref="MemMachineClientOptions.ResolveSettings"/>, so later changes to the caller's options do not leak in.
/// </summary>
/// <param name="SelfHosted">Whether the server is self-hosted.</param>
/// <param name="OrgId">The <c>org_id</c> sent in every body; null on the cloud, where it is never sent.</param>
/// <param name="ProjectId">The project used when a call passes none.</param>
internal sealed record MemMachineSettings(bool SelfHosted, string? OrgId, string ProjectId)
{
    /// <summary>The project a call targets: the given id, checked, or the default project.</summary>
    public string ProjectOrDefault(string? projectId, string paramName) =>
        projectId is null ? ProjectId : MemMachineIds.Check(projectId, paramName, "project_id", allowEmpty: !SelfHosted);

    /// <summary>The body that names the project a call targets (see <see cref="ProjectOrDefault"/>).</summary>
    public Api.MemMachineProjectScope Scope(string? projectId, string paramName) =>
        new() { OrgId = OrgId, ProjectId = ProjectOrDefault(projectId, paramName) };

    /// <summary>Refuses, before any I/O, an operation that only self-hosted servers have (the cloud answers it with 404).</summary>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public void RequireSelfHosted(string operation)
    {
        if (!SelfHosted)
        {
            throw new NotSupportedException(
                $"{operation} exists on self-hosted MemMachine servers only; the cloud API has no such endpoint. "
                + "Set MemMachineClientOptions.Deployment = SelfHosted for a self-hosted server, or send the raw request through MemMachineClient.V2.");
        }
    }
}
