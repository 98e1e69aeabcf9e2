namespace MemoryClients.MemMachine;

/// <summary>Optional settings of an add.</summary>
public sealed class MemMachineAddOptions
{
    /// <summary>The memory types to write (<see cref="Api.MemMachineMemoryType"/>); null or empty writes all types.</summary>
    public IReadOnlyList<string>? Types { get; init; }
}
