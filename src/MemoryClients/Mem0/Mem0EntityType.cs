using MemoryClients.Mem0.Api;

namespace MemoryClients.Mem0;

/// <summary>The kind of a Mem0 entity: <see cref="User"/>, <see cref="Agent"/>, <see cref="App"/> or <see cref="Run"/>.</summary>
/// <remarks><c>default(Mem0EntityType)</c> is not a valid type; methods that take one reject it.</remarks>
public readonly record struct Mem0EntityType
{
    private Mem0EntityType(string value) => Value = value;

    /// <summary>An end user (<c>user</c>).</summary>
    public static Mem0EntityType User { get; } = new(Mem0EntityTypes.User);

    /// <summary>An AI agent (<c>agent</c>).</summary>
    public static Mem0EntityType Agent { get; } = new(Mem0EntityTypes.Agent);

    /// <summary>An application (<c>app</c>).</summary>
    public static Mem0EntityType App { get; } = new(Mem0EntityTypes.App);

    /// <summary>A run or session (<c>run</c>).</summary>
    public static Mem0EntityType Run { get; } = new(Mem0EntityTypes.Run);

    /// <summary>The wire name (<c>user</c>, <c>agent</c>, <c>app</c> or <c>run</c>); null for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>True for the four known types, false for <c>default</c>.</summary>
    public bool IsValid => Value is not null;

    /// <summary>Reads a wire name, ignoring case.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not <c>user</c>, <c>agent</c>, <c>app</c> or <c>run</c>.</exception>
    public static Mem0EntityType Parse(string value) => TryParse(value, out var type)
        ? type
        : throw new ArgumentException($"The entity type must be user, agent, app or run; got '{value}'.", nameof(value));

    /// <summary>Reads a wire name, ignoring case; false when it is not one of the four known types.</summary>
    public static bool TryParse(string? value, out Mem0EntityType type)
    {
        foreach (var known in (ReadOnlySpan<Mem0EntityType>)[User, Agent, App, Run])
        {
            if (string.Equals(value?.Trim(), known.Value, StringComparison.OrdinalIgnoreCase))
            {
                type = known;
                return true;
            }
        }
        type = default;
        return false;
    }

    /// <summary>The wire name, or an empty string for <c>default</c>.</summary>
    public override string ToString() => Value ?? "";
}
