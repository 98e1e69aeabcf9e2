namespace MemoryClients.Extensions.AI;

/// <summary>Where recalled memories go in the request to the model.</summary>
/// <remarks>
/// Memory text is data: whoever could write a memory (the user, the model through <c>add_memory</c>, another app on the
/// same store) can write text that reads like an order. <see cref="UserMessage"/> gives it no more authority than the
/// user has; the other placements give it the authority of the system prompt.
/// </remarks>
public enum MemoryContextPlacement
{
    /// <summary>
    /// A user-role message placed after the request's leading system messages (the default): the memories reach the model
    /// as quoted data, each in its own <c>&lt;memory&gt;</c> element, under a note that they are not instructions.
    /// </summary>
    UserMessage,

    /// <summary>
    /// A system message placed after the request's leading system messages. Opt in only when every memory comes from a
    /// source you trust: a stored "SYSTEM OVERRIDE: ..." then reaches the model with system authority (stored prompt injection).
    /// </summary>
    SystemMessage,

    /// <summary>
    /// Appended to the request's instructions (<c>ChatOptions.Instructions</c>, or the agent's <c>AIContext.Instructions</c>).
    /// Opt in only when every memory comes from a source you trust: memory text then reads as part of the system prompt
    /// (stored prompt injection).
    /// </summary>
    Instructions,
}
