using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>A member's role in a Mem0 project (<c>role</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0ProjectRole>))]
public readonly struct Mem0ProjectRole : IEquatable<Mem0ProjectRole>, IWireValue<Mem0ProjectRole>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Mem0ProjectRole(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>READER</c>: Can read the project (the default for new members).</summary>
    public static Mem0ProjectRole Reader { get; } = new("READER");

    /// <summary><c>OWNER</c>: Can change the project and its members.</summary>
    public static Mem0ProjectRole Owner { get; } = new("OWNER");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator Mem0ProjectRole(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(Mem0ProjectRole left, Mem0ProjectRole right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(Mem0ProjectRole left, Mem0ProjectRole right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(Mem0ProjectRole other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="Mem0ProjectRole"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is Mem0ProjectRole other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static Mem0ProjectRole IWireValue<Mem0ProjectRole>.FromWire(string value) => new(value);

    string? IWireValue<Mem0ProjectRole>.WireValue => _value;
}
