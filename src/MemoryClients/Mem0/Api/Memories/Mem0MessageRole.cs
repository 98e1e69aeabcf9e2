namespace MemoryClients.Mem0.Api;

/// <summary>The known values of <see cref="Mem0Message.Role"/>; the service may accept others.</summary>
public static class Mem0MessageRole
{
    /// <summary>A message written by the user.</summary>
    public const string User = "user";

    /// <summary>A message written by the assistant.</summary>
    public const string Assistant = "assistant";

    /// <summary>A system prompt.</summary>
    public const string System = "system";
}
