namespace MemoryClients.MemMachine;

/// <summary>
/// The options a client needs after construction, resolved and checked once by
/// <see cref="MemMachineClientOptions.ResolveSettings"/>, so later changes to the caller's options do not leak in.
/// </summary>
/// <param name="SelfHosted">Whether the server is self-hosted.</param>
/// <param name="OrgId">The <c>org_id</c> sent in every body; null on the cloud, where it is never sent.</param>
/// <param name="ProjectId">The project used when a call passes none.</param>
internal sealed record MemMachineSettings(bool SelfHosted, string? OrgId, string ProjectId);
