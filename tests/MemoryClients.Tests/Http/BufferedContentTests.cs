using System.Net.Http.Headers;
using MemoryClients.Http;

namespace MemoryClients.Tests.Http;

/// <summary>A body that ends early is never taken for a complete one, on either path.</summary>
public sealed class BufferedContentTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_shorter_than_its_content_length_is_a_broken_body(bool async)
    {
        using var content = Cut(declared: 100, sent: 10);

        var act = () => BufferedContent.ReadAsync(content, 1024, async, CancellationToken.None).AsTask();

        (await act.Should().ThrowAsync<IOException>()).Which.Message.Should().Contain("10 of its 100 bytes");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_read_that_ends_because_the_call_was_cancelled_is_a_cancellation(bool async)
    {
        using var cancel = new CancellationTokenSource();
        // As a blocking read of a stream that cancellation disposed can: it returns 0 instead of throwing.
        using var content = new StreamContent(new EndsWhenCancelled(cancel));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var act = () => BufferedContent.ReadAsync(content, 1024, async, cancel.Token).AsTask();

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    private static StreamContent Cut(int declared, int sent)
    {
        var content = new StreamContent(new MemoryStream(new byte[sent]));
        content.Headers.ContentLength = declared;
        return content;
    }

    private sealed class EndsWhenCancelled(CancellationTokenSource cancel) : MemoryStream("{\"results\":"u8.ToArray())
    {
        public override int Read(Span<byte> buffer)
        {
            var read = base.Read(buffer);
            if (read == 0)
                cancel.Cancel();
            return read;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }
}
