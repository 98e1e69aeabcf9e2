using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MemoryClients.Errors;

namespace MemoryClients.Http;

/// <summary>
/// The one place that talks HTTP: builds the message, sends it through the handler chain, maps failures
/// to <see cref="MemoryApiException"/> and reads the body with source-generated JSON metadata.
/// </summary>
internal sealed class ApiTransport : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private readonly HttpMessageInvoker _invoker;
    private readonly bool _ownsInvoker;
    private readonly TimeProvider _time;

    public ApiTransport(HttpMessageInvoker invoker, bool ownsInvoker, Uri baseAddress, MemoryProvider provider, TimeProvider time)
    {
        _invoker = invoker;
        _ownsInvoker = ownsInvoker;
        BaseAddress = baseAddress;
        Provider = provider;
        _time = time;
    }

    /// <summary>The service root every relative path is resolved against; ends with <c>/</c>.</summary>
    public Uri BaseAddress { get; }

    public MemoryProvider Provider { get; }

    /// <summary>The clock from the client's options, for callers that wait between polls.</summary>
    public TimeProvider TimeProvider => _time;

    /// <summary>
    /// Builds the transport a client owns: its own pooled socket handler, or the caller's <see cref="HttpClient"/>
    /// (never changed or disposed), behind the resilience and authentication handlers.
    /// </summary>
    public static ApiTransport Create(ServiceClientOptions options, MemoryProvider provider, string authScheme, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseAddress = options.ResolveBaseAddress();
        var apiKey = options.ResolveApiKey();
        HttpMessageHandler terminal = httpClient is null
            ? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), AutomaticDecompression = System.Net.DecompressionMethods.All }
            : new ForwardingHandler(httpClient);
        var auth = new AuthenticationHandler(authScheme, () => apiKey, SdkInfo.UserAgent(options.ApplicationId)) { InnerHandler = terminal };
        var resilience = new ResilienceHandler(options.Resilience, options.TimeProvider, provider) { InnerHandler = auth };
        return new ApiTransport(new HttpMessageInvoker(resilience, disposeHandler: true), ownsInvoker: true, baseAddress, provider, options.TimeProvider);
    }

    /// <summary>Sends the request and deserialises the JSON response.</summary>
    public async Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (ErrorMapper.FromTransport(Provider, response.RequestMessage!, error, cancellationToken) is { } mapped)
        {
            throw mapped;
        }
        return Deserialize(response, body, responseType);
    }

    /// <summary>Sends the request and ignores the response body.</summary>
    public async Task SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the request and returns the response body as text, for endpoints that answer <c>text/plain</c> (MemMachine metrics).</summary>
    public async Task<string> SendForTextAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (ErrorMapper.FromTransport(Provider, response.RequestMessage!, error, cancellationToken) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <summary>The synchronous twin of <see cref="SendAsync{T}"/>: real blocking I/O, no task underneath.</summary>
    public T Send<T>(ApiRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        using var response = SendCore(request, cancellationToken);
        using var stream = response.Content.ReadAsStream(cancellationToken);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Deserialize(response, buffer.ToArray(), responseType);
    }

    /// <summary>The synchronous twin of <see cref="SendAsync(ApiRequest, CancellationToken)"/>.</summary>
    public void Send(ApiRequest request, CancellationToken cancellationToken)
    {
        using var response = SendCore(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendCoreAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        using var message = BuildMessage(request);
        HttpResponseMessage response;
        try
        {
            response = await _invoker.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (ErrorMapper.FromTransport(Provider, message, error, cancellationToken) is { } mapped)
        {
            throw mapped;
        }
        if (response.IsSuccessStatusCode)
            return response;
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw ErrorMapper.FromResponse(Provider, response, body, _time);
        }
    }

    private HttpResponseMessage SendCore(ApiRequest request, CancellationToken cancellationToken)
    {
        using var message = BuildMessage(request);
        HttpResponseMessage response;
        try
        {
            response = _invoker.Send(message, cancellationToken);
        }
        catch (Exception error) when (ErrorMapper.FromTransport(Provider, message, error, cancellationToken) is { } mapped)
        {
            throw mapped;
        }
        if (response.IsSuccessStatusCode)
            return response;
        using (response)
        {
            using var reader = new StreamReader(response.Content.ReadAsStream(cancellationToken), Encoding.UTF8);
            throw ErrorMapper.FromResponse(Provider, response, reader.ReadToEnd(), _time);
        }
    }

    private HttpRequestMessage BuildMessage(ApiRequest request)
    {
        var message = new HttpRequestMessage(request.Method, request.BuildUri(BaseAddress));
        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = JsonContentType;
            message.Options.Set(RequestOptionKeys.Body, body);
        }
        message.Options.Set(RequestOptionKeys.Idempotent, request.Idempotent);
        foreach (var (name, value) in request.Headers)
            message.Headers.TryAddWithoutValidation(name, value);
        return message;
    }

    private T Deserialize<T>(HttpResponseMessage response, byte[] body, JsonTypeInfo<T> responseType)
    {
        try
        {
            return JsonSerializer.Deserialize(body, responseType)
                ?? throw new JsonException("The body is JSON null.");
        }
        catch (JsonException error)
        {
            throw ErrorMapper.InvalidResponse(Provider, response, Encoding.UTF8.GetString(body), error);
        }
    }

    public void Dispose()
    {
        if (_ownsInvoker)
            _invoker.Dispose();
    }
}
