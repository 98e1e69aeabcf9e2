using System.Net.Http.Headers;

namespace MemoryClients.Http;

/// <summary>
/// Stamps each try with the API key, <c>User-Agent</c>, <c>Accept</c> and the call's own extra headers
/// (<see cref="MemoryCallOptions.Headers"/>). It runs inside the retry loop, so every try carries them. The key comes from a delegate: a client built directly resolves it once; one registered with
/// dependency injection reads its current options whenever the factory builds a new handler chain.
/// </summary>
internal sealed class AuthenticationHandler(string scheme, Func<string?> apiKey, string userAgent) : DelegatingHandler
{
    private static readonly Dictionary<string, string> NoHeaders = [];

    // Header values are immutable, so one built for the current key is shared by every try that sends that key.
    private AuthenticationHeaderValue? _authorization;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Stamp(request);
        return base.SendAsync(request, cancellationToken);
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Stamp(request);
        return base.Send(request, cancellationToken);
    }

    private void Stamp(HttpRequestMessage request)
    {
        request.Headers.Authorization = Authorization(apiKey());
        request.Headers.Remove("User-Agent");
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (!request.Headers.NonValidated.Contains("Accept"))
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
        foreach (var (name, value) in JsonBodyContent.CallOf(request)?.Headers ?? NoHeaders)
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }

    private AuthenticationHeaderValue? Authorization(string? key)
    {
        if (key is null)
            return null;
        var current = _authorization;
        if (current?.Parameter != key)
            _authorization = current = new AuthenticationHeaderValue(scheme, key);
        return current;
    }
}
