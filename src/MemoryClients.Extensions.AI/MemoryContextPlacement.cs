namespace MemoryClients.Extensions.AI;

/// <summary>Where recalled memories go in the request to the model.</summary>
public enum MemoryContextPlacement
{
    /// <summary>A system message placed after the request's leading system messages (the default).</summary>
    SystemMessage,

    /// <summary>Appended to the request's instructions (<c>ChatOptions.Instructions</c>, or the agent's <c>AIContext.Instructions</c>).</summary>
    Instructions,
}
