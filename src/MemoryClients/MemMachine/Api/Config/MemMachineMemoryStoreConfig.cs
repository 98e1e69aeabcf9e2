namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of the short-term and long-term <c>config/get</c> endpoints: whether the store is on.</summary>
public sealed record MemMachineMemoryStoreConfig : ApiModel
{
    /// <summary>Whether the store is on.</summary>
    public bool Enabled { get; init; }
}
