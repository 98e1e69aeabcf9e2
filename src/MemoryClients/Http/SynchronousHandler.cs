namespace MemoryClients.Http;

/// <summary>
/// The entry of the synchronous path: <see cref="HttpClient"/> (and so Refit) only call <c>SendAsync</c>, and this answers
/// it with the chain's real blocking <see cref="HttpMessageHandler.Send"/>, returning a task that is already complete.
/// Everything above it then runs to completion without waiting, so the synchronous clients never block on a task.
/// It is never disposed: the chain behind it belongs to the asynchronous client, which disposes it.
/// </summary>
internal sealed class SynchronousHandler : DelegatingHandler
{
    public SynchronousHandler(HttpMessageHandler chain) : base(chain) { }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult(base.Send(request, cancellationToken));
        }
        catch (Exception error)
        {
            return Task.FromException<HttpResponseMessage>(error);
        }
    }
}
