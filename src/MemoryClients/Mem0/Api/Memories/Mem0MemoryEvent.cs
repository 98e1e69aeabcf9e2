namespace MemoryClients.Mem0.Api;

/// <summary>The known values of a memory change event (<c>event</c> in add results and history entries); others may appear.</summary>
public static class Mem0MemoryEvent
{
    /// <summary>A memory was created.</summary>
    public const string Add = "ADD";

    /// <summary>A memory was changed.</summary>
    public const string Update = "UPDATE";

    /// <summary>A memory was deleted.</summary>
    public const string Delete = "DELETE";

    /// <summary>Nothing changed.</summary>
    public const string Noop = "NOOP";
}
