namespace MemoryClients.Mem0.Api;

/// <summary>The webhook event types Mem0 documents today, as the strings the wire uses; the service may add more.</summary>
public static class Mem0WebhookEventType
{
    /// <summary>A memory was added.</summary>
    public const string MemoryAdd = "memory_add";

    /// <summary>A memory was updated.</summary>
    public const string MemoryUpdate = "memory_update";

    /// <summary>A memory was deleted.</summary>
    public const string MemoryDelete = "memory_delete";

    /// <summary>A memory was given categories.</summary>
    public const string MemoryCategorize = "memory_categorize";

    /// <summary>An ingest job finished.</summary>
    public const string IngestJobCompleted = "ingest_job_completed";

    /// <summary>An ingest job finished with some items failed.</summary>
    public const string IngestJobPartiallyCompleted = "ingest_job_partially_completed";

    /// <summary>An ingest job failed.</summary>
    public const string IngestJobFailed = "ingest_job_failed";

    /// <summary>An ingest job was cancelled.</summary>
    public const string IngestJobCancelled = "ingest_job_cancelled";
}
