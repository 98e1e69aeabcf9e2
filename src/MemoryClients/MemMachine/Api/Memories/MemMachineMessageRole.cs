namespace MemoryClients.MemMachine.Api;

/// <summary>The conventional values of <see cref="MemMachineMessage.Role"/>; the service accepts any text.</summary>
public static class MemMachineMessageRole
{
    /// <summary>A message from the user.</summary>
    public const string User = "user";

    /// <summary>A message from the assistant.</summary>
    public const string Assistant = "assistant";

    /// <summary>A system message.</summary>
    public const string System = "system";
}
