using Polly;

namespace MemoryClients;

/// <summary>
/// Timeouts and retries applied to every request, run by a Polly resilience pipeline the client builds once. The defaults
/// suit interactive apps; set <see cref="MaxRetries"/> to 0 to turn retries off, and add strategies of your own (a circuit
/// breaker, a rate limiter, hedging) with <see cref="ConfigurePipeline"/>.
/// </summary>
/// <remarks>
/// Reads (GET, search, list) and idempotent writes (PUT, DELETE) are retried on transient failures:
/// connection errors, timeouts, 408, 429, 500, 502, 503 and 504. Writes that create data (Mem0 add,
/// MemMachine add and project create) are retried only when the service provably did nothing:
/// a connection that never opened, 429 or 503. A <c>Retry-After</c> header, in seconds or as an HTTP
/// date, replaces the computed delay, capped at <see cref="MaxRetryAfter"/>; one that reaches past the time left of
/// <see cref="TotalTimeout"/> ends the call at once. See <c>docs/reliability.md</c>.
/// </remarks>
public sealed class MemoryResilienceOptions
{
    /// <summary>The highest <see cref="MaxRetries"/> the client accepts.</summary>
    internal const int MaxRetriesLimit = 10;

    private List<Action<ResiliencePipelineBuilder<HttpResponseMessage>>> _pipelineConfigurations = [];

    /// <summary>How many times a failed request is retried (0 to 10). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// The first retry's delay; each later one doubles, up to <see cref="MaxDelay"/>. Every wait is then scaled by a random
    /// factor between 0.5 and 1, so clients that failed together do not retry together. Default 0.5 s.
    /// </summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest computed delay between two tries. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>Retry-After</c> the client will wait (at most 24 h); a longer one is cut to this. One that reaches past
    /// what is left of <see cref="TotalTimeout"/> is not waited for at all: the call fails at once with the service's answer
    /// (for a 429, <see cref="Errors.MemoryRateLimitException"/> carrying <see cref="Errors.MemoryRateLimitException.RetryAfter"/>). Default 60 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The time one try may take, from sending the request to the last byte of the response body (10 ms to 24 h). Default 60 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The time a call may take in all, retries and delays included (at least <see cref="AttemptTimeout"/>, at most 24 h). Default 3 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The longest response body the client will read (1 KiB to 1 GiB). A longer one fails the call with
    /// <see cref="Errors.MemoryApiException"/> code <c>RESPONSE_TOO_LARGE</c> instead of exhausting memory. Default 32 MiB.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 32L * 1024 * 1024;

    // The range every timeout and delay must fall in: below 10 ms a timer cannot keep it, above a day it is a mistake.
    internal static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    internal static readonly TimeSpan MaxWait = TimeSpan.FromHours(24);

    /// <summary>The user's additions to the pipeline, in the order they were configured.</summary>
    internal IReadOnlyList<Action<ResiliencePipelineBuilder<HttpResponseMessage>>> PipelineConfigurations => _pipelineConfigurations;

    /// <summary>
    /// Adds strategies of your own to the client's resilience pipeline, for example
    /// <c>ConfigurePipeline(p => p.AddCircuitBreaker(...).AddRateLimiter(...))</c>. They run inside the SDK's retry and around
    /// each try (so each try counts against a rate limiter and is seen by a circuit breaker), outside the per-try deadline.
    /// To replace the SDK's retry (for example with hedging), set <see cref="MaxRetries"/> to 0 and add your own strategy
    /// here with <c>ShouldHandle = MemoryRetryRule.ShouldRetry</c>, so a write the service may have acted on is never sent
    /// twice. A strategy's own rejection (an open circuit, a refused permit) reaches the caller unchanged.
    /// </summary>
    /// <param name="configure">Adds strategies to the builder; called once each time a client builds its pipeline.</param>
    /// <returns>These options, for chaining.</returns>
    public MemoryResilienceOptions ConfigurePipeline(Action<ResiliencePipelineBuilder<HttpResponseMessage>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _pipelineConfigurations.Add(configure);
        return this;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetries, MaxRetriesLimit, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(BaseDelay, TimeSpan.Zero, nameof(BaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, BaseDelay, nameof(MaxDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryAfter, TimeSpan.Zero, nameof(MaxRetryAfter));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BaseDelay, MaxWait, nameof(BaseDelay));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDelay, MaxWait, nameof(MaxDelay));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetryAfter, MaxWait, nameof(MaxRetryAfter));
        ArgumentOutOfRangeException.ThrowIfLessThan(AttemptTimeout, MinTimeout, nameof(AttemptTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(TotalTimeout, AttemptTimeout, nameof(TotalTimeout));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TotalTimeout, MaxWait, nameof(TotalTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxResponseBytes, 1024L, nameof(MaxResponseBytes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxResponseBytes, 1024L * 1024 * 1024, nameof(MaxResponseBytes));
    }

    /// <summary>A copy, so a client is not affected by later changes to the caller's instance.</summary>
    internal MemoryResilienceOptions Clone()
    {
        var copy = (MemoryResilienceOptions)MemberwiseClone();
        copy._pipelineConfigurations = [.. _pipelineConfigurations];
        return copy;
    }
}
