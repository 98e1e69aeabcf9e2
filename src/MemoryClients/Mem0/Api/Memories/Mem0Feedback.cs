using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>Feedback on a memory (<c>feedback</c>); the value is sent as given, so one the service adds later can be used before the SDK knows it.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0Feedback>))]
public readonly struct Mem0Feedback : IEquatable<Mem0Feedback>, IWireValue<Mem0Feedback>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Mem0Feedback(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>POSITIVE</c>: The memory is good.</summary>
    public static Mem0Feedback Positive { get; } = new("POSITIVE");

    /// <summary><c>NEGATIVE</c>: The memory is bad.</summary>
    public static Mem0Feedback Negative { get; } = new("NEGATIVE");

    /// <summary><c>VERY_NEGATIVE</c>: The memory is very bad.</summary>
    public static Mem0Feedback VeryNegative { get; } = new("VERY_NEGATIVE");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator Mem0Feedback(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(Mem0Feedback left, Mem0Feedback right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(Mem0Feedback left, Mem0Feedback right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(Mem0Feedback other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="Mem0Feedback"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is Mem0Feedback other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static Mem0Feedback IWireValue<Mem0Feedback>.FromWire(string value) => new(value);

    string? IWireValue<Mem0Feedback>.WireValue => _value;
}
