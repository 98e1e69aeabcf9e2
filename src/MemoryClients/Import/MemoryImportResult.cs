namespace MemoryClients.Import;

/// <summary>
/// The account of an import: every item read is in exactly one of <see cref="Stored"/>, <see cref="Failed"/>,
/// <see cref="MayHaveBeenStored"/> and <see cref="NotSent"/>. To finish an import, send again the failed items you have
/// fixed, the <see cref="NotSent"/> items and the source from <see cref="Read"/> on; check the
/// <see cref="MayHaveBeenStored"/> items (list or search) before sending any of them again.
/// </summary>
public sealed record MemoryImportResult
{
    /// <summary>Items taken from the source; those from this position on were never read.</summary>
    public long Read { get; init; }

    /// <summary>Items the service stored.</summary>
    public long Stored { get; init; }

    /// <summary>Items the service provably did not store, each with its error, in the order they settled.</summary>
    public IReadOnlyList<MemoryImportFailure> Failed { get; init; } = [];

    /// <summary>Items whose add failed after the service may have acted on it (<see cref="Errors.MemoryApiException.RequestMayHaveBeenProcessed"/>); never sent twice.</summary>
    public IReadOnlyList<MemoryImportFailure> MayHaveBeenStored { get; init; } = [];

    /// <summary>Items read but not sent because the import was cancelled while they waited to be sent again after a throttle.</summary>
    public IReadOnlyList<MemoryImportFailure> NotSent { get; init; } = [];

    /// <summary>True when cancellation stopped the import before every item was read and sent.</summary>
    public bool IsCancelled { get; init; }

    /// <summary>Adds the service refused without storing (429, 503, no connection) and that were queued to be sent again.</summary>
    public long Throttled { get; init; }

    /// <summary>The most adds that were in flight at once.</summary>
    public int PeakConcurrency { get; init; }

    /// <summary>True when every item of the source was stored.</summary>
    public bool AllStored => !IsCancelled && Failed.Count == 0 && MayHaveBeenStored.Count == 0 && NotSent.Count == 0;
}
