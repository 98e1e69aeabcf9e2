using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>What happened to a memory (<c>event</c> in add results and history entries); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0MemoryEvent>))]
public readonly struct Mem0MemoryEvent : IEquatable<Mem0MemoryEvent>, IWireValue<Mem0MemoryEvent>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Mem0MemoryEvent(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>ADD</c>: A memory was created.</summary>
    public static Mem0MemoryEvent Add { get; } = new("ADD");

    /// <summary><c>UPDATE</c>: A memory was changed.</summary>
    public static Mem0MemoryEvent Update { get; } = new("UPDATE");

    /// <summary><c>DELETE</c>: A memory was deleted.</summary>
    public static Mem0MemoryEvent Delete { get; } = new("DELETE");

    /// <summary><c>NOOP</c>: Nothing changed.</summary>
    public static Mem0MemoryEvent Noop { get; } = new("NOOP");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator Mem0MemoryEvent(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(Mem0MemoryEvent left, Mem0MemoryEvent right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(Mem0MemoryEvent left, Mem0MemoryEvent right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(Mem0MemoryEvent other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="Mem0MemoryEvent"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is Mem0MemoryEvent other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static Mem0MemoryEvent IWireValue<Mem0MemoryEvent>.FromWire(string value) => new(value);

    string? IWireValue<Mem0MemoryEvent>.WireValue => _value;
}
