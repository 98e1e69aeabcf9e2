using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The state of a user profile (<see cref="Mem0Profile.Status"/>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0ProfileStatus>))]
public readonly struct Mem0ProfileStatus : IEquatable<Mem0ProfileStatus>, IWireValue<Mem0ProfileStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Mem0ProfileStatus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>succeeded</c>: The profile is ready.</summary>
    public static Mem0ProfileStatus Succeeded { get; } = new("succeeded");

    /// <summary><c>pending</c>: Generation has not finished yet.</summary>
    public static Mem0ProfileStatus Pending { get; } = new("pending");

    /// <summary><c>failed</c>: Generation failed; see <see cref="Mem0Profile.Error"/>.</summary>
    public static Mem0ProfileStatus Failed { get; } = new("failed");

    /// <summary><c>not_enabled</c>: Profiles are not enabled for the project.</summary>
    public static Mem0ProfileStatus NotEnabled { get; } = new("not_enabled");

    /// <summary><c>insufficient_data</c>: The user has too few memories for a profile.</summary>
    public static Mem0ProfileStatus InsufficientData { get; } = new("insufficient_data");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator Mem0ProfileStatus(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(Mem0ProfileStatus left, Mem0ProfileStatus right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(Mem0ProfileStatus left, Mem0ProfileStatus right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(Mem0ProfileStatus other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="Mem0ProfileStatus"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is Mem0ProfileStatus other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static Mem0ProfileStatus IWireValue<Mem0ProfileStatus>.FromWire(string value) => new(value);

    string? IWireValue<Mem0ProfileStatus>.WireValue => _value;
}
