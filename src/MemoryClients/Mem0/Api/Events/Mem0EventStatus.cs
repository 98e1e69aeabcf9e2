using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The status of a Mem0 event (<see cref="Mem0Event.Status"/>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0EventStatus>))]
public readonly struct Mem0EventStatus : IEquatable<Mem0EventStatus>, IWireValue<Mem0EventStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Mem0EventStatus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>PENDING</c>: Queued, not started.</summary>
    public static Mem0EventStatus Pending { get; } = new("PENDING");

    /// <summary><c>RUNNING</c>: Being processed.</summary>
    public static Mem0EventStatus Running { get; } = new("RUNNING");

    /// <summary><c>SUCCEEDED</c>: Finished successfully (final).</summary>
    public static Mem0EventStatus Succeeded { get; } = new("SUCCEEDED");

    /// <summary><c>FAILED</c>: Finished with an error (final); see <see cref="Mem0Event.Error"/>.</summary>
    public static Mem0EventStatus Failed { get; } = new("FAILED");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator Mem0EventStatus(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(Mem0EventStatus left, Mem0EventStatus right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(Mem0EventStatus left, Mem0EventStatus right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(Mem0EventStatus other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="Mem0EventStatus"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is Mem0EventStatus other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static Mem0EventStatus IWireValue<Mem0EventStatus>.FromWire(string value) => new(value);

    string? IWireValue<Mem0EventStatus>.WireValue => _value;
}
