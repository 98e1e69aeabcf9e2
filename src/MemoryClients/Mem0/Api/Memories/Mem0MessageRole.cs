using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>Who wrote a message (<see cref="Mem0Message.Role"/>); the value is sent as given.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0MessageRole>))]
public readonly struct Mem0MessageRole : IEquatable<Mem0MessageRole>, IWireValue<Mem0MessageRole>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Mem0MessageRole(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>user</c>: A message written by the user.</summary>
    public static Mem0MessageRole User { get; } = new("user");

    /// <summary><c>assistant</c>: A message written by the assistant.</summary>
    public static Mem0MessageRole Assistant { get; } = new("assistant");

    /// <summary><c>system</c>: A system prompt.</summary>
    public static Mem0MessageRole System { get; } = new("system");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator Mem0MessageRole(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(Mem0MessageRole left, Mem0MessageRole right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(Mem0MessageRole left, Mem0MessageRole right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(Mem0MessageRole other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="Mem0MessageRole"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is Mem0MessageRole other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static Mem0MessageRole IWireValue<Mem0MessageRole>.FromWire(string value) => new(value);

    string? IWireValue<Mem0MessageRole>.WireValue => _value;
}
