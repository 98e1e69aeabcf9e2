using Polly;

namespace MemoryClients.Http;

/// <summary>
/// What the resilience handler knows about one logical call while its tries run: the request, when the call started, the
/// wait it planned before the next try, whether an earlier try may have been acted on, and how many retries it made.
/// Kept in the Polly context (for the pipeline's callbacks) and in the request's options (for the telemetry handler and
/// the error mapper, which run after the pipeline).
/// </summary>
internal sealed class CallState(HttpRequestMessage request, long start, int maxRetries, TimeSpan totalTimeout)
{
    private static readonly ResiliencePropertyKey<CallState> ContextKey = new("MemoryClients.Call");
    private static readonly HttpRequestOptionsKey<CallState> RequestKey = new("MemoryClients.Call");

    public HttpRequestMessage Request { get; } = request;

    /// <summary>The call's start on the client's clock.</summary>
    public long Start { get; } = start;

    /// <summary>How many retries this call may make: the client's setting, or the call's own.</summary>
    public int MaxRetries { get; } = maxRetries;

    /// <summary>The time this call may take in all: the client's setting, or the call's own.</summary>
    public TimeSpan TotalTimeout { get; } = totalTimeout;

    /// <summary>How many retries the call made (one per try after the first).</summary>
    public int Retries { get; set; }

    /// <summary>The wait planned for the next try, decided together with whether to retry at all.</summary>
    public TimeSpan NextWait { get; set; }

    /// <summary>The deadline of the current try, for the timeout's message.</summary>
    public TimeSpan TryTimeout { get; set; }

    /// <summary>Whether a try before the last one may have been acted on (its response was lost, late or a server error).</summary>
    public bool EarlierTryMayHaveActed { get; set; }

    public void Attach(ResilienceContext context)
    {
        context.Properties.Set(ContextKey, this);
        Request.Options.Set(RequestKey, this);
    }

    public static CallState Of(ResilienceContext context) => context.Properties.GetValue(ContextKey, null!);

    /// <summary>The state of the call that sent <paramref name="request"/>, when it went through the resilience handler.</summary>
    public static CallState? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(RequestKey, out var state) ? state : null;
}
