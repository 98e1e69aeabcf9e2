namespace MemoryClients.Extensions.AI;

/// <summary>Settings of a <see cref="MemoryContextProvider"/>: the chat memory settings plus where the scope lives in the agent session.</summary>
/// <remarks>
/// Memories reach each run as a user-role message (<see cref="ChatMemoryOptions.Placement"/>). The Agent Framework keeps the
/// messages a context provider adds in the session's chat history unless the agent's history provider leaves them out.
/// </remarks>
public sealed class MemoryContextProviderOptions : ChatMemoryOptions
{
    /// <summary>The key of the scope in the session's state bag; null (the default) uses <c>MemoryContextProvider</c>.
    /// Set it when one agent has two memory providers.</summary>
    public string? StateKey { get; set; }
}
