using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The synchronous <see cref="MemoryClients.MemoryClient"/> sends with <see cref="HttpMessageHandler.Send"/>. A handler the
/// app added that overrides only <c>SendAsync</c> would be skipped silently on that path (a <see cref="DelegatingHandler"/>'s
/// base <c>Send</c> just passes the request on) or fail at the first call (any other handler's base <c>Send</c> throws), so
/// such a chain is refused when the client is resolved, naming the handler and the fix.
/// </summary>
internal static class BlockingSupport
{
    private static readonly Type[] SendParameters = [typeof(HttpRequestMessage), typeof(CancellationToken)];

    /// <summary>Throws unless every handler of <paramref name="chain"/> that does work asynchronously also does it blocking.</summary>
    /// <exception cref="InvalidOperationException">A handler overrides <c>SendAsync</c> but not <c>Send</c>.</exception>
    public static void Check(HttpMessageHandler chain, string clientName)
    {
        // Native AOT keeps no reflection data for most overrides, so the check would refuse good handlers there; skip it.
        if (!RuntimeFeature.IsDynamicCodeSupported)
            return;
        for (HttpMessageHandler? handler = chain; handler is not null; handler = (handler as DelegatingHandler)?.InnerHandler)
        {
            if (Overrides(handler, "SendAsync") && !Overrides(handler, "Send"))
            {
                throw new InvalidOperationException(
                    $"The HttpClient '{clientName}' has a handler, {handler.GetType().FullName}, that overrides SendAsync but not Send. "
                    + "The synchronous MemoryClient sends with Send, so " + (handler is DelegatingHandler
                        ? "that handler's work would be skipped on every synchronous call. "
                        : "every synchronous call would fail. ")
                    + "Override Send as well (doing the same work, blocking), "
                    + "or inject AsyncMemoryClient or IMemoryClient instead of MemoryClient.");
            }
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Only reached where dynamic code is supported (not native AOT); "
        + "a trimmed app keeps an override that can be called, and a missing one is reported as not overridden.")]
    private static bool Overrides(HttpMessageHandler handler, string name)
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var declaredBy = handler.GetType().GetMethod(name, Instance, SendParameters)?.DeclaringType;
        return declaredBy is not null && declaredBy != typeof(DelegatingHandler) && declaredBy != typeof(HttpMessageHandler);
    }
}
