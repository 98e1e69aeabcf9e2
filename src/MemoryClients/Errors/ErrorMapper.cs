using System.Net;
using System.Text.Json;
using MemoryClients.Http;

namespace MemoryClients.Errors;

/// <summary>Turns an error response or a transport failure into the matching <see cref="MemoryApiException"/>.</summary>
internal static partial class ErrorMapper
{
    internal const int MaxBodyChars = 64 * 1024;
    internal const string ResponseTooLargeCode = "RESPONSE_TOO_LARGE";
    private const int MaxMessageChars = 1000;
    private static readonly string[] RequestIdHeaders = ["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id"];

    internal static string HttpCode(HttpStatusCode status) => $"HTTP_{(int)status}";

    /// <summary>The suggestion the official SDKs attach to each status.</summary>
    internal static string Suggestion(HttpStatusCode status) => (int)status switch
    {
        400 => "Please check your request parameters and try again",
        401 => "Please check your API key and authentication credentials",
        403 => "You don't have permission to perform this operation",
        404 => "The requested resource was not found",
        408 => "Request timed out. Please try again",
        409 => "Resource conflict. Please check your request",
        413 => "Request too large. Please reduce the size of your request",
        422 => "Invalid request data. Please check your input",
        429 => "Rate limit exceeded. Please wait before making more requests",
        500 => "Internal server error. Please try again later",
        502 => "Service temporarily unavailable. Please try again later",
        503 => "Service unavailable. Please try again later",
        504 => "Gateway timeout. Please try again later",
        _ => "Please try again later",
    };

    /// <summary>Maps a non-success response whose body has been read (<paramref name="body"/> may be empty).</summary>
    internal static MemoryApiException FromResponse(MemoryProvider provider, HttpResponseMessage response, string body, TimeProvider time)
    {
        var status = response.StatusCode;
        var (serviceMessage, serviceCode) = ExtractMessage(body);
        var request = response.RequestMessage;
        var message = $"{provider} returned {(int)status} {response.ReasonPhrase ?? status.ToString()}"
            + (request is null ? "" : $" for {request.Method} {request.RequestUri?.AbsolutePath}")
            + (serviceMessage is null ? "." : $": {serviceMessage}");

        MemoryApiException exception = (int)status switch
        {
            400 or 409 or 413 or 422 => new MemoryValidationException(message, provider, status),
            401 or 403 => new MemoryAuthenticationException(message, provider, status),
            404 => new MemoryNotFoundException(message, provider),
            >= 300 and <= 399 => Redirect(provider, response, status),
            429 => new MemoryRateLimitException(message, provider, RetryAfter.Read(response, time)),
            408 or (>= 500 and <= 599) => new MemoryServerException(message, provider, status),
            _ => new MemoryApiException(message, provider, status, HttpCode(status)),
        };
        var headers = Headers(response);
        exception.RequestMayHaveBeenProcessed = (int)status is 408 or 500 or 502 or 504 || CallState.Of(request)?.EarlierTryMayHaveActed == true;
        return Decorate(exception, request, headers, body, serviceMessage, serviceCode, Suggestion(status));
    }

    /// <summary>A 3xx: never followed (see <see cref="MemoryRedirectException"/>); the message names where it pointed.</summary>
    private static MemoryRedirectException Redirect(MemoryProvider provider, HttpResponseMessage response, HttpStatusCode status)
    {
        var request = response.RequestMessage;
        var location = response.Headers.Location is { } target && request?.RequestUri is { } from ? new Uri(from, target) : response.Headers.Location;
        var where = location is null ? "without a Location header" : location.IsAbsoluteUri ? $"to host '{location.Host}'" : $"to '{location}'";
        return new MemoryRedirectException(
            $"{provider} redirected {request?.Method} {request?.RequestUri?.AbsolutePath} with {(int)status} {where}. Redirects are not followed: "
            + "set BaseAddress to the service's final address.", provider, status, location);
    }

    /// <summary>A success status whose body could not be read as the expected JSON (truncated, HTML, ...).</summary>
    internal static MemoryApiException InvalidResponse(MemoryProvider provider, HttpResponseMessage response, string? body, Exception inner)
    {
        var request = response.RequestMessage;
        var exception = new MemoryApiException(
            $"{provider} returned {(int)response.StatusCode} for {request?.Method} {request?.RequestUri?.AbsolutePath}, but the body is not the expected JSON: {inner.Message}",
            provider, response.StatusCode, "INVALID_RESPONSE", inner) { RequestMayHaveBeenProcessed = true };
        return Decorate(exception, request, Headers(response), body, null, null, "The response was cut off or malformed. Please try again later");
    }

    /// <summary>
    /// Maps a transport failure; returns null for what must surface unchanged: the caller's own cancellation, and a
    /// rejection by a resilience strategy the user added (an open circuit breaker, a refused rate-limiter permit).
    /// </summary>
    internal static MemoryApiException? FromTransport(MemoryProvider provider, HttpRequestMessage request, Exception error, CancellationToken callerToken)
    {
        if ((callerToken.IsCancellationRequested && error is OperationCanceledException) || error is Polly.ExecutionRejectedException)
            return null;
        if (error is MemoryApiException mapped)
            return mapped;
        if (error is ResponseTooLargeException tooLarge)
        {
            return new MemoryApiException(
                $"{provider} answered {request.Method} {request.RequestUri?.AbsolutePath} with a body over the {tooLarge.MaxBytes:N0}-byte limit "
                + "(MemoryResilienceOptions.MaxResponseBytes); it was not read further.", provider, null, ResponseTooLargeCode, error)
            {
                Method = request.Method.Method,
                RequestUri = request.RequestUri,
                RequestMayHaveBeenProcessed = true,
                Suggestion = "Ask for less (a smaller page or top-k), or raise MaxResponseBytes",
            };
        }
        var (code, what) = error switch
        {
            TaskCanceledException or TimeoutException => (MemoryNetworkException.TimeoutCode, "timed out"),
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => (MemoryNetworkException.ConnectCode, "could not connect"),
            _ when MemoryRetryRule.NothingWasSent(error) => (MemoryNetworkException.ConnectCode, "could not connect"),
            _ => (MemoryNetworkException.GenericCode, "failed in transport"),
        };
        var exception = new MemoryNetworkException(
            $"{provider} request {request.Method} {request.RequestUri?.AbsolutePath} {what}: {error.Message}", provider, code, innerException: error)
        {
            Method = request.Method.Method,
            RequestUri = request.RequestUri,
            RequestMayHaveBeenProcessed = code != MemoryNetworkException.ConnectCode || CallState.Of(request)?.EarlierTryMayHaveActed == true,
            Suggestion = code == MemoryNetworkException.TimeoutCode
                ? "Request timed out. Please try again"
                : "Please check your network connection and try again",
        };
        return exception;
    }

    /// <summary>Finds the service's message in every error shape Mem0 and MemMachine use.</summary>
    internal static (string? Message, string? Code) ExtractMessage(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return (null, null);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var code = Text(root, "code");
                if (root.TryGetProperty("detail", out var detail))
                {
                    switch (detail.ValueKind)
                    {
                        case JsonValueKind.String:
                            return (Cap(detail.GetString()), code);
                        case JsonValueKind.Object:
                            return (Cap(RestErrorMessage(detail)), Text(detail, "code") ?? code);
                        case JsonValueKind.Array:
                            return (Cap(string.Join("; ", detail.EnumerateArray().Select(ValidationItem))), code);
                    }
                }
                var detailsMessage = root.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Object ? Text(details, "message") : null;
                var error = Text(root, "error");
                // Mem0's add sends {"error": "400 Bad Request", "details": {"message": ...}}: the status phrase says nothing new.
                if (error is not null && detailsMessage is not null && StatusPhrase().IsMatch(error))
                    error = null;
                var message = error ?? Text(root, "message") ?? detailsMessage
                    ?? (root.TryGetProperty("errors", out var errors) ? errors.GetRawText() : null);
                if (message is not null)
                    return (Cap(message), code);
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML error page, plain text): the raw text is the message.
        }
        return (Cap(body.Trim()), null);
    }

    /// <summary>
    /// MemMachine's <c>{detail: {code, message, exception, internal_error, trace}}</c>: the route's message is often
    /// generic ("invalid argument"), so the cause in <c>internal_error</c> is added; the Python trace never is.
    /// </summary>
    private static string RestErrorMessage(JsonElement detail)
    {
        var message = Text(detail, "message");
        var cause = Text(detail, "internal_error");
        if (string.IsNullOrWhiteSpace(message))
            return string.IsNullOrWhiteSpace(cause) ? detail.GetRawText() : cause;
        // A validation error's message already lists every problem; its internal_error repeats them in Python syntax.
        if (string.IsNullOrWhiteSpace(cause) || message.Contains(cause, StringComparison.Ordinal) || Text(detail, "exception") == "RequestValidationError")
            return message;
        return $"{message} ({cause})";
    }

    private static string ValidationItem(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
            return item.ToString();
        var msg = Text(item, "msg") ?? Text(item, "message") ?? item.GetRawText();
        return item.TryGetProperty("loc", out var loc) && loc.ValueKind == JsonValueKind.Array
            ? $"{string.Join('.', loc.EnumerateArray().Select(l => l.ToString()))}: {msg}"
            : msg;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    private static string? Cap(string? text) =>
        text is null ? null : text.Length <= MaxMessageChars ? text : string.Concat(text.AsSpan(0, MaxMessageChars), "…");

    private static Dictionary<string, string> Headers(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers)
            headers[name] = string.Join(", ", values);
        foreach (var (name, values) in response.Content.Headers)
            headers[name] = string.Join(", ", values);
        return headers;
    }

    private static MemoryApiException Decorate(MemoryApiException exception, HttpRequestMessage? request, Dictionary<string, string> headers,
        string? body, string? serviceMessage, string? serviceCode, string suggestion)
    {
        exception.Method = request?.Method.Method;
        exception.RequestUri = request?.RequestUri;
        exception.ResponseHeaders = headers;
        exception.RequestId = RequestIdHeaders.Select(headers.GetValueOrDefault).FirstOrDefault(v => v is not null);
        exception.ResponseBody = body is null || body.Length <= MaxBodyChars ? body : body[..MaxBodyChars];
        exception.ServiceMessage = serviceMessage;
        exception.ServiceErrorCode = serviceCode;
        exception.Suggestion = suggestion;
        return exception;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{3}( [A-Za-z ]+)?$")]
    private static partial System.Text.RegularExpressions.Regex StatusPhrase();
}
