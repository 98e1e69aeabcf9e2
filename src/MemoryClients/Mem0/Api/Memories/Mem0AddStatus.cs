using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The status of an add (<see cref="Mem0AddMemoriesResponse.Status"/>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0AddStatus>))]
public readonly struct Mem0AddStatus : IEquatable<Mem0AddStatus>, IWireValue<Mem0AddStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Mem0AddStatus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>PENDING</c>: Queued; poll the event to learn the outcome.</summary>
    public static Mem0AddStatus Pending { get; } = new("PENDING");

    /// <summary><c>SUCCEEDED</c>: Processed.</summary>
    public static Mem0AddStatus Succeeded { get; } = new("SUCCEEDED");

    /// <summary><c>FAILED</c>: Processing failed.</summary>
    public static Mem0AddStatus Failed { get; } = new("FAILED");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator Mem0AddStatus(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(Mem0AddStatus left, Mem0AddStatus right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(Mem0AddStatus left, Mem0AddStatus right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(Mem0AddStatus other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="Mem0AddStatus"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is Mem0AddStatus other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static Mem0AddStatus IWireValue<Mem0AddStatus>.FromWire(string value) => new(value);

    string? IWireValue<Mem0AddStatus>.WireValue => _value;
}
