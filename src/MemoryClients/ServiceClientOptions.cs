using Microsoft.Extensions.Logging;

namespace MemoryClients;

/// <summary>Settings every client shares: key, address, application id, resilience and clock.</summary>
public abstract class ServiceClientOptions
{
    /// <summary>The API key. When null, the provider's environment variable is read.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The service's root address; a missing trailing slash is added.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>An optional name of your application, appended to the <c>User-Agent</c> header.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Allow a plain <c>http://</c> base address that is not loopback. Off by default, so keys never cross a network unencrypted by accident.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Timeouts and retries.</summary>
    public MemoryResilienceOptions Resilience { get; set; } = new();

    /// <summary>The clock used for retry delays and timeouts; tests may supply a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Where the client logs: one line per call (category <c>MemoryClients</c>, with the retry count) and the resilience
    /// pipeline's events (each retry and timeout, category <c>Polly</c>). Null logs nothing. Dependency injection sets it
    /// from the container. No key and no memory text are ever logged.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The environment variable read when <see cref="ApiKey"/> is null.</summary>
    private protected abstract string ApiKeyEnvironmentVariable { get; }

    /// <summary>The address used when <see cref="BaseAddress"/> is null.</summary>
    private protected abstract Uri DefaultBaseAddress { get; }

    /// <summary>The provider these options reach: its service, auth scheme and JSON context.</summary>
    internal abstract ProviderProfile GetProfile();

    /// <summary>The unified clients' backend for this provider, over a transport built from these options.</summary>
    internal abstract MemoryBackend CreateBackend(Http.ApiTransport transport);

    // Methods, not properties: the configuration binder would bind internal properties too.

    /// <summary>The environment variable read when <see cref="ApiKey"/> is null.</summary>
    internal string GetApiKeyVariable() => ApiKeyEnvironmentVariable;

    /// <summary>The address used when <see cref="BaseAddress"/> is null.</summary>
    internal Uri GetDefaultAddress() => DefaultBaseAddress;

    /// <summary>
    /// Checks every rule of these options (address, key, provider settings) and throws the first broken one, naming what to
    /// set: an <see cref="ArgumentException"/>, or an <see cref="InvalidOperationException"/> for a missing key.
    /// </summary>
    internal virtual void Check()
    {
        ResolveBaseAddress();
        if (ResolveApiKey() is null)
            throw new InvalidOperationException(
                $"No {GetProfile().Provider} API key: set ApiKey (configuration key 'ApiKey' of the section) or the {ApiKeyEnvironmentVariable} environment variable.");
    }

    /// <summary>The key from <see cref="ApiKey"/>, else from the environment; null when neither is set.</summary>
    internal string? ResolveApiKey()
    {
        var key = ApiKey ?? Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable);
        return string.IsNullOrWhiteSpace(key) ? null : Http.HeaderValue.Require(key.Trim(), nameof(ApiKey));
    }

    /// <summary>The application id for <c>User-Agent</c>, checked like every header value.</summary>
    /// <exception cref="ArgumentException">It contains a control or non-ASCII character.</exception>
    internal string? ResolveApplicationId() => Http.HeaderValue.Require(ApplicationId, nameof(ApplicationId));

    /// <summary>The base address to use, with a trailing slash, after the http/https checks.</summary>
    /// <exception cref="ArgumentException">The address is relative, not http(s), or insecure without <see cref="AllowInsecureHttp"/>.</exception>
    internal Uri ResolveBaseAddress()
    {
        var address = BaseAddress ?? DefaultBaseAddress;
        if (address.IsAbsoluteUri && (address.Query.Length > 0 || address.Fragment.Length > 0))
            throw new ArgumentException($"BaseAddress must not have a query or fragment; got '{address}'. Routes are resolved against its path, so either would be lost.", nameof(BaseAddress));
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"BaseAddress must be an absolute http or https address; got '{address}'.", nameof(BaseAddress));
        if (address.Scheme == Uri.UriSchemeHttp && !address.IsLoopback && !AllowInsecureHttp)
            throw new ArgumentException(
                $"BaseAddress '{address}' is plain http to a non-loopback host, which would send the API key unencrypted. Use https, or set AllowInsecureHttp = true.",
                nameof(BaseAddress));
        var text = address.AbsoluteUri;
        return text.EndsWith('/') ? address : new Uri(text + "/");
    }

    /// <summary>Copies the shared settings onto a provider's own options.</summary>
    internal T CopySharedTo<T>(T target)
        where T : ServiceClientOptions
    {
        target.ApiKey = ApiKey;
        target.BaseAddress = BaseAddress;
        target.ApplicationId = ApplicationId;
        target.AllowInsecureHttp = AllowInsecureHttp;
        target.Resilience = Resilience;
        target.TimeProvider = TimeProvider;
        target.LoggerFactory = LoggerFactory;
        return target;
    }
}
