using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The content type of an episode (<c>content_type</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names mirror the wire values.")]
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachineContentType>))]
public readonly struct MemMachineContentType : IEquatable<MemMachineContentType>, IWireValue<MemMachineContentType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public MemMachineContentType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>string</c>: Plain text, the default.</summary>
    public static MemMachineContentType String { get; } = new("string");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator MemMachineContentType(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(MemMachineContentType left, MemMachineContentType right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(MemMachineContentType left, MemMachineContentType right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(MemMachineContentType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="MemMachineContentType"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is MemMachineContentType other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static MemMachineContentType IWireValue<MemMachineContentType>.FromWire(string value) => new(value);

    string? IWireValue<MemMachineContentType>.WireValue => _value;
}
