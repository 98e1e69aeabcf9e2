using System.Net;

namespace MemoryClients.Benchmarks;

/// <summary>Answers every request with the same JSON body, in memory: no socket, so only client-side work is measured.</summary>
public sealed class CannedHandler(byte[] body) : HttpMessageHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Respond());

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Respond();

    private HttpResponseMessage Respond()
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
