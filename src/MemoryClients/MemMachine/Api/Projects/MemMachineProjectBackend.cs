using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The long-term memory backend of a self-hosted project (<see cref="MemMachineProjectConfig.Backend"/>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachineProjectBackend>))]
public readonly struct MemMachineProjectBackend : IEquatable<MemMachineProjectBackend>, IWireValue<MemMachineProjectBackend>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public MemMachineProjectBackend(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>declarative</c>: A vector graph store (Neo4j, Nebula Graph).</summary>
    public static MemMachineProjectBackend Declarative { get; } = new("declarative");

    /// <summary><c>event</c>: A vector store plus a SQL segment store, with typed filterable properties.</summary>
    public static MemMachineProjectBackend Event { get; } = new("event");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator MemMachineProjectBackend(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(MemMachineProjectBackend left, MemMachineProjectBackend right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(MemMachineProjectBackend left, MemMachineProjectBackend right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(MemMachineProjectBackend other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="MemMachineProjectBackend"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is MemMachineProjectBackend other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static MemMachineProjectBackend IWireValue<MemMachineProjectBackend>.FromWire(string value) => new(value);

    string? IWireValue<MemMachineProjectBackend>.WireValue => _value;
}
