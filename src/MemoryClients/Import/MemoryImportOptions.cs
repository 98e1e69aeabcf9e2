namespace MemoryClients.Import;

/// <summary>How an import sends its adds: how many at once, and how it backs off when the service throttles.</summary>
/// <remarks>
/// The importer, not the client, retries a refused add, so that one throttle slows every worker: each add is sent with
/// <see cref="MemoryCallOptions.MaxRetries"/> 0; an add the service refused without storing it (429, 503, no connection)
/// is queued to be sent again, all sending pauses for the service's <c>Retry-After</c> (else for a back-off that doubles
/// from <see cref="BaseDelay"/>), and the concurrency halves, growing back by one after each run of successes.
/// An add the service may have acted on is never sent again.
/// </remarks>
public sealed record MemoryImportOptions
{
    /// <summary>The highest <see cref="MaxConcurrency"/> accepted.</summary>
    public const int MaxConcurrencyLimit = 64;

    /// <summary>The highest <see cref="MaxRetries"/> accepted.</summary>
    public const int MaxRetriesLimit = 100;

    /// <summary>How many adds may be in flight at once (1 to 64). Default 4.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>How many times one item is sent again after the service refused it without storing it (0 to 100). Default 10.</summary>
    public int MaxRetries { get; init; } = 10;

    /// <summary>The first pause after a throttle without <c>Retry-After</c>; each throttle in a row doubles it. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause, <c>Retry-After</c> included (at most 24 h). Default 60 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The clock the pauses run on; give tests a fake one. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    internal void Check(string paramName)
    {
        if (MaxConcurrency is < 1 or > MaxConcurrencyLimit)
            throw new ArgumentOutOfRangeException($"{paramName}.{nameof(MaxConcurrency)}", MaxConcurrency, $"MaxConcurrency must be from 1 to {MaxConcurrencyLimit}.");
        if (MaxRetries is < 0 or > MaxRetriesLimit)
            throw new ArgumentOutOfRangeException($"{paramName}.{nameof(MaxRetries)}", MaxRetries, $"MaxRetries must be from 0 to {MaxRetriesLimit}.");
        if (BaseDelay < TimeSpan.Zero || BaseDelay > MemoryResilienceOptions.MaxWait)
            throw new ArgumentOutOfRangeException($"{paramName}.{nameof(BaseDelay)}", BaseDelay, "BaseDelay must be from 0 to 24 hours.");
        if (MaxDelay < TimeSpan.Zero || MaxDelay > MemoryResilienceOptions.MaxWait)
            throw new ArgumentOutOfRangeException($"{paramName}.{nameof(MaxDelay)}", MaxDelay, "MaxDelay must be from 0 to 24 hours.");
        ArgumentNullException.ThrowIfNull(TimeProvider, $"{paramName}.{nameof(TimeProvider)}");
    }
}
