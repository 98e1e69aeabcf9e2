using MemoryClients.MemMachine.Api;

namespace MemoryClients.MemMachine;

/// <summary>Optional settings of a new project, which are the body of <c>POST /projects</c> (<see cref="MemMachineCreateProjectRequest"/> adds the ids).</summary>
public record MemMachineCreateProjectOptions : MemoryCallOptions
{
    /// <summary>A human-readable description; omitted when null.</summary>
    public string? Description { get; init; }

    /// <summary>The models and stores of the project; self-hosted servers only (the cloud accepts no configuration).</summary>
    public MemMachineProjectConfig? Config { get; init; }
}
