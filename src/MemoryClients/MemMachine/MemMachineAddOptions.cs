namespace MemoryClients.MemMachine;

/// <summary>Optional settings of an add.</summary>
public sealed class MemMachineAddOptions
{
    /// <summary>The memory types to write; null or empty writes all types.</summary>
    public IReadOnlyList<Api.MemMachineMemoryType>? Types { get; init; }
}
