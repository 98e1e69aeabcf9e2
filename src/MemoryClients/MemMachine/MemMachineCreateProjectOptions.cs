using MemoryClients.MemMachine.Api;

namespace MemoryClients.MemMachine;

/// <summary>Optional settings of a new project.</summary>
public sealed class MemMachineCreateProjectOptions
{
    /// <summary>A human-readable description.</summary>
    public string? Description { get; init; }

    /// <summary>The models and stores of the project; self-hosted servers only (the cloud accepts no configuration).</summary>
    public MemMachineProjectConfig? Config { get; init; }
}
