namespace MemoryClients.Extensions.AI;

/// <summary>Which messages of a chat turn are stored as memories.</summary>
public enum StoredMessageRoles
{
    /// <summary>The user's new messages and the assistant's answer (the default).</summary>
    UserAndAssistant,

    /// <summary>The user's new messages only.</summary>
    User,
}
