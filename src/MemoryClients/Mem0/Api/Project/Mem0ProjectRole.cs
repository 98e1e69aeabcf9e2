namespace MemoryClients.Mem0.Api;

/// <summary>The project roles Mem0 knows today, as the strings the wire uses.</summary>
public static class Mem0ProjectRole
{
    /// <summary>Can read the project (the default for new members).</summary>
    public const string Reader = "READER";

    /// <summary>Can change the project and its members.</summary>
    public const string Owner = "OWNER";
}
