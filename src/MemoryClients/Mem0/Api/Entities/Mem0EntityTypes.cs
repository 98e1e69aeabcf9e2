namespace MemoryClients.Mem0.Api;

/// <summary>The entity types Mem0 knows today, as the strings the wire uses; the service may add more.</summary>
public static class Mem0EntityTypes
{
    /// <summary>An end user (<c>user_id</c>).</summary>
    public const string User = "user";

    /// <summary>An AI agent (<c>agent_id</c>).</summary>
    public const string Agent = "agent";

    /// <summary>An application (<c>app_id</c>).</summary>
    public const string App = "app";

    /// <summary>A run or session (<c>run_id</c>).</summary>
    public const string Run = "run";
}
