using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>A MemMachine memory type; the service accepts only the lowercase spelling, so values compare ordinally.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachineMemoryType>))]
public readonly struct MemMachineMemoryType : IEquatable<MemMachineMemoryType>, IWireValue<MemMachineMemoryType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public MemMachineMemoryType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>episodic</c>: Episodic memory: the messages themselves, short-term and long-term.</summary>
    public static MemMachineMemoryType Episodic { get; } = new("episodic");

    /// <summary><c>semantic</c>: Semantic memory: facts the service extracts from the messages.</summary>
    public static MemMachineMemoryType Semantic { get; } = new("semantic");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator MemMachineMemoryType(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(MemMachineMemoryType left, MemMachineMemoryType right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(MemMachineMemoryType left, MemMachineMemoryType right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(MemMachineMemoryType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="MemMachineMemoryType"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is MemMachineMemoryType other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static MemMachineMemoryType IWireValue<MemMachineMemoryType>.FromWire(string value) => new(value);

    string? IWireValue<MemMachineMemoryType>.WireValue => _value;
}
