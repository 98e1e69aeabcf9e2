namespace MemoryClients.Extensions.AI;

/// <summary>What happens when searching the memory service fails before a chat call.</summary>
public enum RecallFailureBehavior
{
    /// <summary>Log a warning and answer without memories (the default): a memory outage never breaks the chat.</summary>
    AnswerWithoutMemories,

    /// <summary>Throw the memory client's exception to the caller; the model is not called.</summary>
    Throw,
}
