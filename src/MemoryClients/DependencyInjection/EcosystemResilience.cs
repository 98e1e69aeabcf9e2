using MemoryClients.Http;

namespace MemoryClients.DependencyInjection;

/// <summary>
/// Makes the SDK's named <see cref="HttpClient"/>s compose with the ecosystem's resilience handlers instead of stacking on
/// them. The SDK's pipeline already retries every call (never re-sending a write the service may have acted on) and
/// bounds each try; a second retry layer would multiply the tries and re-send writes.
/// <list type="bullet">
/// <item>A resilience handler that every client gets (<c>ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler())</c>,
/// as Aspire's service defaults do) sits before the SDK's handlers: the SDK's clients leave it out, so they behave exactly
/// as without it.</item>
/// <item>One added to the builder that <c>AddMemoryClient</c> (or <c>AddMem0Client</c>, <c>AddMemMachineClient</c>) returns
/// sits inside the SDK's retry: the client refuses to start, with an error that names the handler and the fix.</item>
/// </list>
/// </summary>
internal static class EcosystemResilience
{
    // By name, so the SDK does not depend on either package: Microsoft.Extensions.Http.Resilience (AddStandardResilienceHandler,
    // AddResilienceHandler, AddStandardHedgingHandler) and Microsoft.Extensions.Http.Polly (AddPolicyHandler, AddTransientHttpErrorPolicy).
    private static readonly string[] RetryLayers =
    [
        "Microsoft.Extensions.Http.Resilience.ResilienceHandler",
        "Microsoft.Extensions.Http.PolicyHttpMessageHandler",
    ];

    /// <summary>Applies the rules above to the handlers of the SDK's named client <paramref name="clientName"/>.</summary>
    /// <exception cref="InvalidOperationException">A resilience handler was added inside the SDK's own.</exception>
    public static void Compose(IList<DelegatingHandler> handlers, string clientName)
    {
        var own = -1;
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is TelemetryHandler)
            {
                own = i;
                break;
            }
        }
        for (var i = handlers.Count - 1; i > own; i--)
        {
            if (RetryLayerName(handlers[i]) is { } name)
            {
                throw new InvalidOperationException(
                    $"The HttpClient '{clientName}' of a memory client has a resilience handler of its own ({name}), added to the builder that "
                    + "AddMemoryClient, AddMem0Client or AddMemMachineClient returned (AddStandardResilienceHandler, AddResilienceHandler, AddPolicyHandler, ...). "
                    + "The client already retries every call, never re-sending a write the service may have acted on; a second retry layer inside it "
                    + "would multiply the tries and send writes twice. Remove that handler: set retries and timeouts in MemoryResilienceOptions, "
                    + "and add a circuit breaker, rate limiter or hedging with MemoryResilienceOptions.ConfigurePipeline (docs/configuration.md, "
                    + "\"Aspire and IHttpClientFactory\").");
            }
        }
        for (var i = own - 1; i >= 0; i--)
        {
            if (RetryLayerName(handlers[i]) is not null)
                handlers.RemoveAt(i);
        }
    }

    private static string? RetryLayerName(DelegatingHandler handler)
    {
        for (var type = handler.GetType(); type is not null; type = type.BaseType)
        {
            if (Array.IndexOf(RetryLayers, type.FullName) >= 0)
                return type.FullName;
        }
        return null;
    }
}
