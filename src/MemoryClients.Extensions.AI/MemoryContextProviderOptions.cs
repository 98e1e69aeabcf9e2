namespace MemoryClients.Extensions.AI;

/// <summary>Settings of a <see cref="MemoryContextProvider"/>: the chat memory settings plus where the scope lives in the agent session.</summary>
/// <remarks>Memories go into the run's instructions by default: they apply to one run and never pile up in the chat history.</remarks>
public sealed class MemoryContextProviderOptions : ChatMemoryOptions
{
    /// <summary>Creates the settings with <see cref="ChatMemoryOptions.Placement"/> set to <see cref="MemoryContextPlacement.Instructions"/>.</summary>
    public MemoryContextProviderOptions() => Placement = MemoryContextPlacement.Instructions;

    /// <summary>The key of the scope in the session's state bag; null (the default) uses <c>MemoryContextProvider</c>.
    /// Set it when one agent has two memory providers.</summary>
    public string? StateKey { get; set; }
}
