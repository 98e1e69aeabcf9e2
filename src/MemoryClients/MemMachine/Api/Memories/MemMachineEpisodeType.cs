using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The type of an episode (<c>episode_type</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachineEpisodeType>))]
public readonly struct MemMachineEpisodeType : IEquatable<MemMachineEpisodeType>, IWireValue<MemMachineEpisodeType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public MemMachineEpisodeType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>message</c>: A conversation message, the default.</summary>
    public static MemMachineEpisodeType Message { get; } = new("message");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator MemMachineEpisodeType(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(MemMachineEpisodeType left, MemMachineEpisodeType right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(MemMachineEpisodeType left, MemMachineEpisodeType right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(MemMachineEpisodeType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="MemMachineEpisodeType"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is MemMachineEpisodeType other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static MemMachineEpisodeType IWireValue<MemMachineEpisodeType>.FromWire(string value) => new(value);

    string? IWireValue<MemMachineEpisodeType>.WireValue => _value;
}
