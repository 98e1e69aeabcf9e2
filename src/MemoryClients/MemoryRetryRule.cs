using System.Net;
using System.Net.Sockets;
using MemoryClients.Http;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MemoryClients;

/// <summary>
/// The rule by which the clients re-send a request: reads and idempotent writes are retried after any transient failure;
/// writes that create data (Mem0 add, MemMachine add and project create) only when the service provably did nothing
/// (no connection, 429, 503). The caller's cancellation is never retried. Public so that a Polly strategy of your own
/// (for example one added with <see cref="MemoryResilienceOptions.ConfigurePipeline"/>) can follow the same rule.
/// </summary>
public static class MemoryRetryRule
{
    /// <summary>
    /// Whether a request may be sent again after the service may have acted on it: GET, PUT, PATCH and DELETE, and a POST
    /// whose raw API method is marked <see cref="IdempotentAttribute"/> (search, list and the like).
    /// </summary>
    /// <param name="request">A request sent by one of the clients.</param>
    public static bool IsIdempotent(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IdempotentMethods.IsIdempotent(request);
    }

    /// <summary>Whether the clients would send <paramref name="request"/> again after a try that ended this way.</summary>
    /// <param name="request">The request.</param>
    /// <param name="response">The try's response, or null when it failed with <paramref name="error"/>.</param>
    /// <param name="error">The try's exception, or null when it ended with <paramref name="response"/>.</param>
    public static bool ShouldRetry(HttpRequestMessage request, HttpResponseMessage? response, Exception? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        var idempotent = IdempotentMethods.IsIdempotent(request);
        return (response, error) switch
        {
            (_, TimeoutRejectedException or TimeoutException) => idempotent,
            (_, OperationCanceledException) => false,
            (_, not null) when NothingWasSent(error) => true,
            (_, HttpRequestException or IOException or SocketException) => idempotent,
            (_, not null) => false,
            ({ StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable }, _) => true,
            ({ StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout }, _) => idempotent,
            _ => false,
        };
    }

    /// <summary>
    /// <see cref="ShouldRetry(HttpRequestMessage, HttpResponseMessage?, Exception?)"/> as a Polly retry predicate, for the
    /// <c>ShouldHandle</c> of a retry or hedging strategy inside a client's pipeline.
    /// </summary>
    /// <param name="args">The outcome of a try, from a pipeline the clients run.</param>
    /// <exception cref="InvalidOperationException">The pipeline is not one the clients run.</exception>
    public static ValueTask<bool> ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args) =>
        ValueTask.FromResult(ShouldRetry(
            CallState.Of(args.Context)?.Request ?? throw new InvalidOperationException("This predicate works inside the resilience pipeline of a memory client."),
            args.Outcome.Result, args.Outcome.Exception));

    /// <summary>Whether the service may have acted on a try that ended this way (its response was lost, late or a server error).</summary>
    internal static bool MayHaveActed(HttpResponseMessage? response, Exception? error) => (response, error) switch
    {
        (_, not null) when NothingWasSent(error) => false,
        // A strategy of the user's (an open circuit, a rate limiter) refused the try before it was sent.
        (_, ExecutionRejectedException and not TimeoutRejectedException) => false,
        (_, not null) => true,
        ({ StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout }, _) => true,
        _ => false,
    };

    /// <summary>A failure to connect at all: no byte of the request left the client.</summary>
    internal static bool NothingWasSent(Exception error) => error switch
    {
        HttpRequestException { InnerException: SocketResendRefusedException } => false,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,
        HttpRequestException { InnerException: SocketException inner } => IsConnectError(inner),
        SocketException socket => IsConnectError(socket),
        _ => false,
    };

    private static bool IsConnectError(SocketException error) => error.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound
        or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.AddressNotAvailable or SocketError.TryAgain;
}
