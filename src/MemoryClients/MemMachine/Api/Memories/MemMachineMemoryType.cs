namespace MemoryClients.MemMachine.Api;

/// <summary>The memory types MemMachine knows, as sent on the wire (lowercase; the service rejects other spellings).</summary>
public static class MemMachineMemoryType
{
    /// <summary>Episodic memory: the messages themselves, short-term and long-term.</summary>
    public const string Episodic = "episodic";

    /// <summary>Semantic memory: facts the service extracts from the messages.</summary>
    public const string Semantic = "semantic";
}
