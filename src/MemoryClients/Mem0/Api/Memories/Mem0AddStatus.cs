namespace MemoryClients.Mem0.Api;

/// <summary>The known values of <see cref="Mem0AddResponse.Status"/>; others may appear.</summary>
public static class Mem0AddStatus
{
    /// <summary>Queued; poll the event to learn the outcome.</summary>
    public const string Pending = "PENDING";

    /// <summary>Processed.</summary>
    public const string Succeeded = "SUCCEEDED";

    /// <summary>Processing failed.</summary>
    public const string Failed = "FAILED";
}
