namespace MemoryClients.Import;

/// <summary>Bulk import on any <see cref="IMemoryClient"/>: many adds at a bounded concurrency that backs off when the service throttles.</summary>
public static class MemoryImportExtensions
{
    /// <summary>
    /// Adds every item, a few at a time, and returns an exact account: what was stored, what failed and why, and what may
    /// have been stored despite an error (never sent twice). Throttles (429, 503, no connection) pause every send and are
    /// retried; see <see cref="MemoryImportOptions"/>. An invalid item fails on its own, without a request.
    /// </summary>
    /// <param name="client">The client to add through.</param>
    /// <param name="items">The items, read once, in order; a collection also gives <see cref="MemoryImportProgress.Total"/>.</param>
    /// <param name="options">Concurrency and back-off; null takes the defaults.</param>
    /// <param name="progress">Told how far the import has come.</param>
    /// <param name="cancellationToken">Stops the import: nothing more is read or sent, adds already sent finish and are
    /// counted, and the result says <see cref="MemoryImportResult.IsCancelled"/> instead of throwing.</param>
    /// <exception cref="ArgumentException">An option is out of range (before anything is read).</exception>
    public static Task<MemoryImportResult> ImportAsync(this IMemoryClient client, IEnumerable<MemoryImportItem> items, MemoryImportOptions? options = null,
        IProgress<MemoryImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        long? total = items switch
        {
            IReadOnlyCollection<MemoryImportItem> collection => collection.Count,
            ICollection<MemoryImportItem> collection => collection.Count,
            _ => null,
        };
        return Start(client, Stream(items), total, options, progress, cancellationToken);
    }

    /// <summary>
    /// Adds every item of a stream, a few at a time, and returns an exact account: what was stored, what failed and why, and
    /// what may have been stored despite an error (never sent twice). Throttles (429, 503, no connection) pause every send
    /// and are retried; see <see cref="MemoryImportOptions"/>. An invalid item fails on its own, without a request.
    /// </summary>
    /// <param name="client">The client to add through.</param>
    /// <param name="items">The items, read once, in order, only as fast as they are sent.</param>
    /// <param name="options">Concurrency and back-off; null takes the defaults.</param>
    /// <param name="progress">Told how far the import has come.</param>
    /// <param name="cancellationToken">Stops the import: nothing more is read or sent, adds already sent finish and are
    /// counted, and the result says <see cref="MemoryImportResult.IsCancelled"/> instead of throwing.</param>
    /// <exception cref="ArgumentException">An option is out of range (before anything is read).</exception>
    public static Task<MemoryImportResult> ImportAsync(this IMemoryClient client, IAsyncEnumerable<MemoryImportItem> items, MemoryImportOptions? options = null,
        IProgress<MemoryImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Start(client, items, null, options, progress, cancellationToken);
    }

    private static Task<MemoryImportResult> Start(IMemoryClient client, IAsyncEnumerable<MemoryImportItem> items, long? total, MemoryImportOptions? options,
        IProgress<MemoryImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        options ??= new MemoryImportOptions();
        options.Check(nameof(options));
        return new ImportRun(client, options, progress, total).RunAsync(items, cancellationToken);
    }

#pragma warning disable CS1998 // An iterator over a synchronous source has nothing to await.
    private static async IAsyncEnumerable<MemoryImportItem> Stream(IEnumerable<MemoryImportItem> items)
#pragma warning restore CS1998
    {
        foreach (var item in items) yield return item;
    }
}
