namespace MemoryClients.Mem0.Api;

/// <summary>The event statuses Mem0 reports today, as the strings the wire uses; the service may add more.</summary>
public static class Mem0EventStatus
{
    /// <summary>Queued, not started.</summary>
    public const string Pending = "PENDING";

    /// <summary>Being processed.</summary>
    public const string Running = "RUNNING";

    /// <summary>Finished successfully (final).</summary>
    public const string Succeeded = "SUCCEEDED";

    /// <summary>Finished with an error (final); see <see cref="Mem0Event.Error"/>.</summary>
    public const string Failed = "FAILED";
}
