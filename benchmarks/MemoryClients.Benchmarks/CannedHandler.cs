using System.Net;

namespace MemoryClients.Benchmarks;

/// <summary>
/// Answers every request with the same JSON body, in memory: no socket, so only client-side work is measured. With
/// <paramref name="answerLater"/> the answer comes from a thread-pool thread, as a socket's does, so every asynchronous
/// layer above suspends and resumes once per call.
/// </summary>
public sealed class CannedHandler(byte[] body, bool answerLater = false) : HttpMessageHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        answerLater ? RespondLaterAsync() : Task.FromResult(Respond());

    private async Task<HttpResponseMessage> RespondLaterAsync()
    {
        await Task.Yield();
        return Respond();
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Respond();

    private HttpResponseMessage Respond()
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
