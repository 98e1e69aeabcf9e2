namespace MemoryClients.Import;

/// <summary>How far an import has come; reported after every send that starts or ends and at every pause.</summary>
public sealed record MemoryImportProgress
{
    /// <summary>The number of items in the source, when it is a collection; null for a stream.</summary>
    public long? Total { get; init; }

    /// <summary>Items taken from the source so far.</summary>
    public long Read { get; init; }

    /// <summary>Items the service stored.</summary>
    public long Stored { get; init; }

    /// <summary>Items the service did not store (refused, or invalid before any request).</summary>
    public long Failed { get; init; }

    /// <summary>Items whose add failed after the service may have acted on it: never sent again.</summary>
    public long MayHaveBeenStored { get; init; }

    /// <summary>Items settled so far: stored, failed or may-have-been-stored.</summary>
    public long Done => Stored + Failed + MayHaveBeenStored;

    /// <summary>Adds sent and not yet answered.</summary>
    public int InFlight { get; init; }

    /// <summary>How many adds may be in flight now: lowered when the service throttles, raised again as adds succeed.</summary>
    public int Concurrency { get; init; }

    /// <summary>Adds the service refused without storing (429, 503, no connection); each was queued to be sent again.</summary>
    public long Throttled { get; init; }

    /// <summary>When sending resumes after the service asked to wait; null when not paused.</summary>
    public DateTimeOffset? PausedUntil { get; init; }
}
