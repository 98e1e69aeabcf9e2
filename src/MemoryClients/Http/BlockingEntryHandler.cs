namespace MemoryClients.Http;

/// <summary>
/// The entry of every client's handler chain. <see cref="HttpClient"/> (and so Refit) only call <c>SendAsync</c>; for a
/// call of the synchronous client (<see cref="CallContext.IsBlocking"/>) this answers with the chain's real blocking
/// <see cref="HttpMessageHandler.Send"/>, returning a task that is already complete, so everything above it runs to
/// completion without waiting and the synchronous client never blocks on a task.
/// </summary>
/// <remarks>
/// With <c>alwaysBlocking</c> every call blocks; contract tests use it to show both paths put the same requests on the wire.
/// The chain belongs to the transport, which disposes it.
/// </remarks>
internal sealed class BlockingEntryHandler(HttpMessageHandler chain, bool alwaysBlocking = false) : HttpMessageHandler
{
    private readonly HttpMessageInvoker _chain = new(chain, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!alwaysBlocking && !CallContext.IsBlocking)
            return _chain.SendAsync(request, cancellationToken);
        try
        {
            return Task.FromResult(_chain.Send(request, cancellationToken));
        }
        catch (Exception error)
        {
            return Task.FromException<HttpResponseMessage>(error);
        }
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => _chain.Send(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _chain.Dispose();
        base.Dispose(disposing);
    }
}
