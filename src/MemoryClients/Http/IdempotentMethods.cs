using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Refit;

namespace MemoryClients.Http;

/// <summary>
/// Tells the resilience handler whether a request may be re-sent after the service may have acted on it, from the
/// <see cref="IdempotentAttribute"/> declared beside each raw API method's route.
/// </summary>
internal static class IdempotentMethods
{
    private static readonly HttpRequestOptionsKey<Type> InterfaceKey = new(HttpRequestMessageOptions.InterfaceType);
    private static readonly HttpRequestOptionsKey<string> MethodKey = new(HttpRequestMessageOptions.MethodName);
    // Sets are never changed once added, so concurrent reads are safe. A plain HashSet and loop (not LINQ and a
    // FrozenSet) keep System.Linq and System.Collections.Immutable work off a cold start's first request.
    private static readonly ConcurrentDictionary<Type, HashSet<string>> Declared = new();

    /// <summary>Reads the declarations of a raw API interface once, before any of its requests is sent.</summary>
    public static void Register<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] TApi>() =>
        Declared.GetOrAdd(typeof(TApi), static _ =>
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var method in typeof(TApi).GetMethods())
            {
                if (method.IsDefined(typeof(IdempotentAttribute), inherit: false))
                    names.Add(method.Name);
            }
            return names;
        });

    /// <summary>GET, PUT, PATCH and DELETE are idempotent; a POST only when its method is marked <see cref="IdempotentAttribute"/>.</summary>
    public static bool IsIdempotent(HttpRequestMessage request) =>
        request.Method != HttpMethod.Post
        || (request.Options.TryGetValue(InterfaceKey, out var api)
            && request.Options.TryGetValue(MethodKey, out var method)
            && Declared.TryGetValue(api, out var names)
            && names.Contains(method));
}
