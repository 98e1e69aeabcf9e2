namespace MemoryClients.MemMachine.Api;

// Per-project episodic memory switches (self-hosted servers only). Reads and writes are both safe to repeat.
internal sealed partial class MemMachineV2Api
{
    internal const string GetEpisodicConfigRoute = "memory/episodic/config/get";

    public Task<MemMachineEpisodicMemoryConfig> GetEpisodicMemoryConfigAsync(MemMachineProjectScope request, CancellationToken cancellationToken = default) =>
        Post(GetEpisodicConfigRoute, request, MemMachineJsonContext.Default.MemMachineProjectScope, MemMachineJsonContext.Default.MemMachineEpisodicMemoryConfig, idempotent: true, cancellationToken);

    internal const string ConfigureEpisodicRoute = "memory/episodic/config";

    public Task ConfigureEpisodicMemoryAsync(MemMachineConfigureEpisodicMemoryRequest request, CancellationToken cancellationToken = default) =>
        Post(ConfigureEpisodicRoute, request, MemMachineJsonContext.Default.MemMachineConfigureEpisodicMemoryRequest, cancellationToken);

    internal const string GetShortTermConfigRoute = "memory/episodic/short_term/config/get";

    public Task<MemMachineMemoryStoreConfig> GetShortTermMemoryConfigAsync(MemMachineProjectScope request, CancellationToken cancellationToken = default) =>
        Post(GetShortTermConfigRoute, request, MemMachineJsonContext.Default.MemMachineProjectScope, MemMachineJsonContext.Default.MemMachineMemoryStoreConfig, idempotent: true, cancellationToken);

    internal const string ConfigureShortTermRoute = "memory/episodic/short_term/config";

    public Task ConfigureShortTermMemoryAsync(MemMachineConfigureMemoryStoreRequest request, CancellationToken cancellationToken = default) =>
        Post(ConfigureShortTermRoute, request, MemMachineJsonContext.Default.MemMachineConfigureMemoryStoreRequest, cancellationToken);

    internal const string GetLongTermConfigRoute = "memory/episodic/long_term/config/get";

    public Task<MemMachineMemoryStoreConfig> GetLongTermMemoryConfigAsync(MemMachineProjectScope request, CancellationToken cancellationToken = default) =>
        Post(GetLongTermConfigRoute, request, MemMachineJsonContext.Default.MemMachineProjectScope, MemMachineJsonContext.Default.MemMachineMemoryStoreConfig, idempotent: true, cancellationToken);

    internal const string ConfigureLongTermRoute = "memory/episodic/long_term/config";

    public Task ConfigureLongTermMemoryAsync(MemMachineConfigureMemoryStoreRequest request, CancellationToken cancellationToken = default) =>
        Post(ConfigureLongTermRoute, request, MemMachineJsonContext.Default.MemMachineConfigureMemoryStoreRequest, cancellationToken);
}
