using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>An event a webhook can subscribe to (<c>event_types</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0WebhookEventType>))]
public readonly struct Mem0WebhookEventType : IEquatable<Mem0WebhookEventType>, IWireValue<Mem0WebhookEventType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text, known to this SDK or not.</summary>
    /// <param name="value">The text the service uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Mem0WebhookEventType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>memory_add</c>: A memory was added.</summary>
    public static Mem0WebhookEventType MemoryAdd { get; } = new("memory_add");

    /// <summary><c>memory_update</c>: A memory was updated.</summary>
    public static Mem0WebhookEventType MemoryUpdate { get; } = new("memory_update");

    /// <summary><c>memory_delete</c>: A memory was deleted.</summary>
    public static Mem0WebhookEventType MemoryDelete { get; } = new("memory_delete");

    /// <summary><c>memory_categorize</c>: A memory was given categories.</summary>
    public static Mem0WebhookEventType MemoryCategorize { get; } = new("memory_categorize");

    /// <summary><c>ingest_job_completed</c>: An ingest job finished.</summary>
    public static Mem0WebhookEventType IngestJobCompleted { get; } = new("ingest_job_completed");

    /// <summary><c>ingest_job_partially_completed</c>: An ingest job finished with some items failed.</summary>
    public static Mem0WebhookEventType IngestJobPartiallyCompleted { get; } = new("ingest_job_partially_completed");

    /// <summary><c>ingest_job_failed</c>: An ingest job failed.</summary>
    public static Mem0WebhookEventType IngestJobFailed { get; } = new("ingest_job_failed");

    /// <summary><c>ingest_job_cancelled</c>: An ingest job was cancelled.</summary>
    public static Mem0WebhookEventType IngestJobCancelled { get; } = new("ingest_job_cancelled");

    /// <summary>Converts wire text to a value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator Mem0WebhookEventType(string value) => new(value);

    /// <summary>True when both have the same wire value.</summary>
    public static bool operator ==(Mem0WebhookEventType left, Mem0WebhookEventType right) => left.Equals(right);

    /// <summary>True when the wire values differ.</summary>
    public static bool operator !=(Mem0WebhookEventType left, Mem0WebhookEventType right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has the same wire value.</summary>
    public bool Equals(Mem0WebhookEventType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <see cref="Mem0WebhookEventType"/> with the same wire value.</summary>
    public override bool Equals(object? obj) => obj is Mem0WebhookEventType other && Equals(other);

    /// <summary>A hash of the wire value.</summary>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire value; empty for <c>default</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    static Mem0WebhookEventType IWireValue<Mem0WebhookEventType>.FromWire(string value) => new(value);

    string? IWireValue<Mem0WebhookEventType>.WireValue => _value;
}
