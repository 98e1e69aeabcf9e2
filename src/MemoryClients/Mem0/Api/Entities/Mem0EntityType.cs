using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The kind of a Mem0 entity (<c>user</c>, <c>agent</c>, <c>app</c> or <c>run</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks><c>default(Mem0EntityType)</c> has no wire value; client methods that take an entity type reject it. Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0EntityType>))]
public readonly struct Mem0EntityType : IEquatable<Mem0EntityType>, IWireValue<Mem0EntityType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Mem0EntityType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>user</c>: An end user (<c>user_id</c>).</summary>
    public static Mem0EntityType User { get; } = new("user");

    /// <summary><c>agent</c>: An AI agent (<c>agent_id</c>).</summary>
    public static Mem0EntityType Agent { get; } = new("agent");

    /// <summary><c>app</c>: An application (<c>app_id</c>).</summary>
    public static Mem0EntityType App { get; } = new("app");

    /// <summary><c>run</c>: A run or session (<c>run_id</c>).</summary>
    public static Mem0EntityType Run { get; } = new("run");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator Mem0EntityType(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(Mem0EntityType left, Mem0EntityType right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(Mem0EntityType left, Mem0EntityType right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(Mem0EntityType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="Mem0EntityType"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is Mem0EntityType other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static Mem0EntityType IWireValue<Mem0EntityType>.FromWire(string value) => new(value);

    string? IWireValue<Mem0EntityType>.WireValue => _value;
}
