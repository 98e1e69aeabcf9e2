using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The kind of a Mem0 entity (<c>user</c>, <c>agent</c>, <c>app</c> or <c>run</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks><c>default(Mem0EntityType)</c> has no wire value; client methods that take an entity type reject it. Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0EntityType>))]
public readonly partial struct Mem0EntityType
{
    /// <summary><c>user</c>: An end user (<c>user_id</c>).</summary>
    public static Mem0EntityType User { get; } = new("user");

    /// <summary><c>agent</c>: An AI agent (<c>agent_id</c>).</summary>
    public static Mem0EntityType Agent { get; } = new("agent");

    /// <summary><c>app</c>: An application (<c>app_id</c>).</summary>
    public static Mem0EntityType App { get; } = new("app");

    /// <summary><c>run</c>: A run or session (<c>run_id</c>).</summary>
    public static Mem0EntityType Run { get; } = new("run");
}
