namespace MemoryClients;

/// <summary>The memory service a client talks to.</summary>
public enum MemoryProvider
{
    /// <summary>The Mem0 Platform API (<c>https://api.mem0.ai</c>).</summary>
    Mem0,

    /// <summary>The MemMachine API, cloud or self-hosted.</summary>
    MemMachine,
}
