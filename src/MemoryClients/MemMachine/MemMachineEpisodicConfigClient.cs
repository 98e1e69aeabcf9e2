using MemoryClients.MemMachine.Api;

namespace MemoryClients.MemMachine;

/// <summary>
/// A project's episodic memory switches on a self-hosted MemMachine server: episodic memory as a whole, its short-term
/// store (the recent conversation and its summary) and its long-term store. Reach it through <see cref="MemMachineClient.EpisodicConfig"/>.
/// </summary>
/// <remarks>
/// Every method exists on self-hosted servers only: a cloud client refuses it with <see cref="NotSupportedException"/>
/// before any request. Project ids work as in the memory methods (null means the client's default project).
/// </remarks>
public class MemMachineEpisodicConfigClient
{
    private readonly IMemMachineV2Api _v2;
    private readonly MemMachineSettings _settings;

    /// <summary>For mocking frameworks only.</summary>
    protected MemMachineEpisodicConfigClient()
    {
        _v2 = null!;
        _settings = null!;
    }

    internal MemMachineEpisodicConfigClient(IMemMachineV2Api v2, MemMachineSettings settings)
    {
        _v2 = v2;
        _settings = settings;
    }

    /// <summary>Reads which episodic stores a project uses (<c>POST /memory/episodic/config/get</c>).</summary>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Errors.MemoryNotFoundException">The project does not exist.</exception>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task<MemMachineEpisodicMemoryConfig> GetAsync(string? projectId = null, CancellationToken cancellationToken = default) =>
        _v2.GetEpisodicMemoryConfigAsync(Scope("Reading the episodic memory configuration", projectId), cancellationToken);

    /// <summary>Turns a project's episodic memory, or either of its stores, on or off (<c>POST /memory/episodic/config</c>).</summary>
    /// <param name="options">The switches; at least one set, the others are left as they are.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task ConfigureAsync(MemMachineConfigureEpisodicMemoryOptions options, string? projectId = null, CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Configuring episodic memory");
        ArgumentNullException.ThrowIfNull(options);
        options.CheckCallSettings(nameof(options));
        if (options is { Enabled: null, LongTermMemoryEnabled: null, ShortTermMemoryEnabled: null })
            throw new ArgumentException("Set at least one of Enabled, LongTermMemoryEnabled and ShortTermMemoryEnabled; a configuration without any changes nothing.", nameof(options));
        var request = new MemMachineConfigureEpisodicMemoryRequest(options)
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
        };
        return _v2.ConfigureEpisodicMemoryAsync(request, cancellationToken);
    }

    /// <summary>Whether a project's short-term memory is on (<c>POST /memory/episodic/short_term/config/get</c>).</summary>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual async Task<bool> IsShortTermEnabledAsync(string? projectId = null, CancellationToken cancellationToken = default)
    {
        var config = await _v2.GetShortTermMemoryConfigAsync(Scope("Reading the short-term memory configuration", projectId), cancellationToken).ConfigureAwait(false);
        return config.Enabled;
    }

    /// <summary>Turns a project's short-term memory on or off (<c>POST /memory/episodic/short_term/config</c>).</summary>
    /// <param name="enabled">Whether short-term memory is on.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task SetShortTermEnabledAsync(bool enabled, string? projectId = null, CancellationToken cancellationToken = default) =>
        _v2.ConfigureShortTermMemoryAsync(Store("Configuring short-term memory", enabled, projectId), cancellationToken);

    /// <summary>Whether a project's long-term memory is on (<c>POST /memory/episodic/long_term/config/get</c>).</summary>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual async Task<bool> IsLongTermEnabledAsync(string? projectId = null, CancellationToken cancellationToken = default)
    {
        var config = await _v2.GetLongTermMemoryConfigAsync(Scope("Reading the long-term memory configuration", projectId), cancellationToken).ConfigureAwait(false);
        return config.Enabled;
    }

    /// <summary>Turns a project's long-term memory on or off (<c>POST /memory/episodic/long_term/config</c>).</summary>
    /// <param name="enabled">Whether long-term memory is on.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task SetLongTermEnabledAsync(bool enabled, string? projectId = null, CancellationToken cancellationToken = default) =>
        _v2.ConfigureLongTermMemoryAsync(Store("Configuring long-term memory", enabled, projectId), cancellationToken);

    private MemMachineProjectScope Scope(string operation, string? projectId)
    {
        _settings.RequireSelfHosted(operation);
        return _settings.Scope(projectId, nameof(projectId));
    }

    private MemMachineConfigureMemoryStoreRequest Store(string operation, bool enabled, string? projectId)
    {
        _settings.RequireSelfHosted(operation);
        return new() { OrgId = _settings.OrgId, ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)), Enabled = enabled };
    }
}
