using System.Buffers;
using System.Net;
using System.Text;

namespace MemoryClients.Http;

/// <summary>
/// A response body read whole inside the retry loop, held in an array rented from the shared pool (returned on dispose),
/// so large pages neither land on the large object heap per request nor get copied twice. Reading it is synchronous.
/// </summary>
/// <remarks>
/// Refit buffers every response before it calls the serializer (<see cref="HttpContent.LoadIntoBufferAsync()"/>), and for
/// any content but <see cref="HttpContent"/>'s own buffer that copies the whole body into a new array of its length (for a
/// large page, one on the large object heap). The serializer reads <see cref="Span"/> instead, so once a response has
/// passed the error check the transport calls <see cref="PassToSerializer"/> and that buffering copies nothing.
/// </remarks>
internal sealed class BufferedContent : HttpContent
{
    private byte[]? _buffer;
    private readonly int _length;
    private bool _passedToSerializer;

    private BufferedContent(byte[] buffer, int length, HttpContent original)
    {
        _buffer = buffer;
        _length = length;
        // The non-validated view hands over each value as the string it arrived as: nothing is parsed or copied twice.
        foreach (var (name, values) in original.Headers.NonValidated)
        {
            if (values.Count == 1)
                Headers.TryAddWithoutValidation(name, values.ToString());
            else
                Headers.TryAddWithoutValidation(name, values);
        }
    }

    /// <summary>The body's bytes; valid until the content is disposed.</summary>
    public ReadOnlySpan<byte> Span => _buffer is { } buffer ? buffer.AsSpan(0, _length) : throw new ObjectDisposedException(nameof(BufferedContent));

    /// <summary>
    /// Hands the body to the serializer, which reads <see cref="Span"/>: from now on <see cref="HttpContent"/>'s own
    /// buffering, and every read built on it (<c>ReadAsStringAsync</c>, <c>ReadAsByteArrayAsync</c>, <c>CopyToAsync</c>, a
    /// read stream once buffered), sees an empty body instead of copying it. <see cref="ReadTextAsync"/> still reads the
    /// body. Called by the transport only, after the error check and before Refit buffers and deserialises.
    /// </summary>
    public void PassToSerializer() => _passedToSerializer = true;

    /// <summary>The body as text (its charset, else UTF-8), for error messages; read from the buffer whatever was passed on.</summary>
    public static async ValueTask<string> ReadTextAsync(HttpContent content)
    {
        if (content is not BufferedContent buffered)
            return await content.ReadAsStringAsync().ConfigureAwait(false);
        var body = buffered.Span;
        if (body.StartsWith("\uFEFF"u8))
            return Encoding.UTF8.GetString(body[3..]);
        return Charset(content) is { } encoding ? encoding.GetString(body) : Encoding.UTF8.GetString(body);
    }

    private static Encoding? Charset(HttpContent content)
    {
        if (content.Headers.ContentType?.CharSet is not { Length: > 0 } charset)
            return null;
        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads <paramref name="original"/> to its end (blocking when <paramref name="async"/> is false) and disposes it.
    /// A synchronous read cannot observe a token, so cancellation disposes the stream underneath it instead; the socket
    /// handlers the clients create then close the connection at once rather than draining it.
    /// </summary>
    /// <exception cref="ResponseTooLargeException">The body is longer than <paramref name="maxBytes"/>.</exception>
    public static async ValueTask<BufferedContent> ReadAsync(HttpContent original, long maxBytes, bool async, CancellationToken cancellationToken)
    {
        var declared = original.Headers.ContentLength;
        if (declared > maxBytes)
            throw new ResponseTooLargeException(maxBytes);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(declared ?? 16 * 1024, 256, maxBytes));
        var length = 0;
        Stream? stream = null;
        var registration = default(CancellationTokenRegistration);
        try
        {
            stream = async
                ? await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false)
                : original.ReadAsStream(cancellationToken);
            // An asynchronous read observes the token itself; a blocking one cannot, so cancellation disposes its stream.
            if (!async)
                registration = cancellationToken.UnsafeRegister(static s => ((Stream)s!).Dispose(), stream);
            while (true)
            {
                if (length == buffer.Length)
                    buffer = Grow(buffer, length, (int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
                // One byte past the limit is enough to know the body is too long: never read (or keep) more than that.
                var room = (int)Math.Min(buffer.Length - length, maxBytes + 1 - length);
                var read = async
                    ? await stream.ReadAsync(buffer.AsMemory(length, room), cancellationToken).ConfigureAwait(false)
                    : stream.Read(buffer.AsSpan(length, room));
                if (read == 0)
                    break;
                length += read;
                if (length > maxBytes)
                    throw new ResponseTooLargeException(maxBytes);
            }
            // A blocking read of a stream that cancellation disposed may return 0 instead of throwing: that is the cancellation,
            // and a body shorter than its Content-Length is a broken one, never a complete (and then unreadable) answer.
            cancellationToken.ThrowIfCancellationRequested();
            if (declared is { } expected && length < expected)
                throw new IOException($"The response body ended after {length:N0} of its {expected:N0} bytes.");
            var content = new BufferedContent(buffer, length, original);
            original.Dispose();
            return content;
        }
        catch (Exception error) when (cancellationToken.IsCancellationRequested && error is ObjectDisposedException or IOException or HttpRequestException)
        {
            // The registration disposed the stream because the caller or a timeout cancelled: report it as such.
            ArrayPool<byte>.Shared.Return(buffer);
            throw new OperationCanceledException(error.Message, error, cancellationToken);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        finally
        {
            // Disposed synchronously on both paths: on the blocking one an asynchronous dispose could wait for a registration
            // callback still running on the timer thread, and the call would then not complete before returning.
            registration.Dispose();
            stream?.Dispose();
        }
    }

    private static byte[] Grow(byte[] buffer, int length, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, default);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        _passedToSerializer ? Task.CompletedTask : stream.WriteAsync(Memory(), cancellationToken).AsTask();

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        if (!_passedToSerializer)
            stream.Write(Span);
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(CreateContentReadStream(default));

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
        new MemoryStream(_buffer ?? throw new ObjectDisposedException(nameof(BufferedContent)), 0, _length, writable: false);

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    private ReadOnlyMemory<byte> Memory() => _buffer.AsMemory(0, _length);

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
            ArrayPool<byte>.Shared.Return(buffer);
        base.Dispose(disposing);
    }
}
