using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>An event a webhook can subscribe to (<c>event_types</c>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0WebhookEventType>))]
public readonly partial struct Mem0WebhookEventType
{
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
}
