using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>What a profile job generates (<c>operation</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0ProfileOperation>))]
public readonly struct Mem0ProfileOperation : IEquatable<Mem0ProfileOperation>, IWireValue<Mem0ProfileOperation>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Mem0ProfileOperation(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>trigger</c>: One entity's profile, named by <see cref="Mem0CreateProfileJobRequest.EntityId"/>.</summary>
    public static Mem0ProfileOperation Trigger { get; } = new("trigger");

    /// <summary><c>sample</c>: Profiles for a few real entities (up to 10), to judge a schema before using it widely.</summary>
    public static Mem0ProfileOperation Sample { get; } = new("sample");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator Mem0ProfileOperation(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(Mem0ProfileOperation left, Mem0ProfileOperation right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(Mem0ProfileOperation left, Mem0ProfileOperation right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(Mem0ProfileOperation other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="Mem0ProfileOperation"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is Mem0ProfileOperation other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static Mem0ProfileOperation IWireValue<Mem0ProfileOperation>.FromWire(string value) => new(value);

    string? IWireValue<Mem0ProfileOperation>.WireValue => _value;
}
