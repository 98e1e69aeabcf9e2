using Refit;

namespace MemoryClients.MemMachine.Api;

// Per-project episodic memory switches (self-hosted servers only; note the singular "memory" in these paths).
public partial interface IMemMachineV2Api
{
    /// <summary><c>POST /memory/episodic/config/get</c>: which episodic stores a project uses; 404 when the project is missing (self-hosted only).</summary>
    [Post("memory/episodic/config/get"), Idempotent]
    Task<MemMachineEpisodicMemoryConfig> GetEpisodicMemoryConfigAsync([Body] MemMachineProjectScope request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memory/episodic/config</c>: turns a project's episodic stores on or off (self-hosted only).</summary>
    [Post("memory/episodic/config"), Idempotent]
    Task ConfigureEpisodicMemoryAsync([Body] MemMachineConfigureEpisodicMemoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memory/episodic/short_term/config/get</c>: whether short-term memory is on (self-hosted only).</summary>
    [Post("memory/episodic/short_term/config/get"), Idempotent]
    Task<MemMachineMemoryStoreConfig> GetShortTermMemoryConfigAsync([Body] MemMachineProjectScope request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memory/episodic/short_term/config</c>: turns short-term memory on or off (self-hosted only).</summary>
    [Post("memory/episodic/short_term/config"), Idempotent]
    Task ConfigureShortTermMemoryAsync([Body] MemMachineConfigureMemoryStoreRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memory/episodic/long_term/config/get</c>: whether long-term memory is on (self-hosted only).</summary>
    [Post("memory/episodic/long_term/config/get"), Idempotent]
    Task<MemMachineMemoryStoreConfig> GetLongTermMemoryConfigAsync([Body] MemMachineProjectScope request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memory/episodic/long_term/config</c>: turns long-term memory on or off (self-hosted only).</summary>
    [Post("memory/episodic/long_term/config"), Idempotent]
    Task ConfigureLongTermMemoryAsync([Body] MemMachineConfigureMemoryStoreRequest request, CancellationToken cancellationToken = default);
}
