using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>Who wrote a MemMachine message (<c>role</c>, stored as <c>producer_role</c>); the service accepts any text and keeps it as sent.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachineMessageRole>))]
public readonly struct MemMachineMessageRole : IEquatable<MemMachineMessageRole>, IWireValue<MemMachineMessageRole>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public MemMachineMessageRole(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>user</c>: A message from the user.</summary>
    public static MemMachineMessageRole User { get; } = new("user");

    /// <summary><c>assistant</c>: A message from the assistant.</summary>
    public static MemMachineMessageRole Assistant { get; } = new("assistant");

    /// <summary><c>system</c>: A system message.</summary>
    public static MemMachineMessageRole System { get; } = new("system");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator MemMachineMessageRole(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(MemMachineMessageRole left, MemMachineMessageRole right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(MemMachineMessageRole left, MemMachineMessageRole right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(MemMachineMessageRole other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="MemMachineMessageRole"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is MemMachineMessageRole other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static MemMachineMessageRole IWireValue<MemMachineMessageRole>.FromWire(string value) => new(value);

    string? IWireValue<MemMachineMessageRole>.WireValue => _value;
}
