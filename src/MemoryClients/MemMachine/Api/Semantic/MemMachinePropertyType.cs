using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The type of a typed property in a self-hosted project's <see cref="MemMachineProjectConfig.PropertiesSchema"/>.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names mirror the wire values.")]
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachinePropertyType>))]
public readonly struct MemMachinePropertyType : IEquatable<MemMachinePropertyType>, IWireValue<MemMachinePropertyType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public MemMachinePropertyType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>bool</c>: A boolean.</summary>
    public static MemMachinePropertyType Bool { get; } = new("bool");

    /// <summary><c>int</c>: An integer.</summary>
    public static MemMachinePropertyType Int { get; } = new("int");

    /// <summary><c>float</c>: A floating-point number.</summary>
    public static MemMachinePropertyType Float { get; } = new("float");

    /// <summary><c>str</c>: A string.</summary>
    public static MemMachinePropertyType Str { get; } = new("str");

    /// <summary><c>datetime</c>: A date and time.</summary>
    public static MemMachinePropertyType DateTime { get; } = new("datetime");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator MemMachinePropertyType(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(MemMachinePropertyType left, MemMachinePropertyType right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(MemMachinePropertyType left, MemMachinePropertyType right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(MemMachinePropertyType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="MemMachinePropertyType"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is MemMachinePropertyType other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static MemMachinePropertyType IWireValue<MemMachinePropertyType>.FromWire(string value) => new(value);

    string? IWireValue<MemMachinePropertyType>.WireValue => _value;
}
