namespace MemoryClients.Mem0.Api;

/// <summary>What a profile job generates, as the strings the wire uses.</summary>
public static class Mem0ProfileOperation
{
    /// <summary>One entity's profile, named by <see cref="Mem0ProfileJobRequest.EntityId"/>.</summary>
    public const string Trigger = "trigger";

    /// <summary>Profiles for a few real entities (up to 10), to judge a schema before using it widely.</summary>
    public const string Sample = "sample";
}
