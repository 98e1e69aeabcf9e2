using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MemoryClients.Serialization;
using Refit;

namespace MemoryClients.Http;

/// <summary>
/// Refit's serializer for one provider's source-generated JSON context: bodies are serialised to UTF-8 bytes once (so
/// every try re-sends the same bytes with a Content-Length), and answers are read from the buffered response.
/// A JSON <c>null</c> answer (or a <c>null</c> item of a list answer) is not a value of any wire type, so it is refused like any
/// other malformed body; required members are checked by <see cref="Serialization.RequiredMembers"/>.
/// </summary>
internal sealed class JsonContent(JsonSerializerOptions options) : IHttpContentSerializer
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    public HttpContent ToHttpContent<T>(T item)
    {
        // Every [Body] parameter of the raw APIs is called "request" (a convention test checks it).
        ArgumentNullException.ThrowIfNull(item, "request");
        // Options are the body: their per-call settings (never serialised) travel with it to the handlers.
        var body = JsonSerializer.SerializeToUtf8Bytes(item, TypeInfo<T>());
        if (item is IExtraBodyFields { AdditionalProperties: { } extras })
            body = ExtraBodyFields.Append(body, extras, ExtraBodyFields.ParamName);
        var content = new JsonBodyContent(body, item is MemoryCallOptions { HasCallSettings: true } call ? call : null);
        content.Headers.ContentType = JsonType;
        return content;
    }

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        // The resilience handler has read every body into a pooled buffer; parse it in place.
        if (content is BufferedContent buffered)
            return Task.FromResult<T?>(NotNull(JsonSerializer.Deserialize(WithoutByteOrderMark(buffered.Span), TypeInfo<T>())));
        return FromStreamAsync<T>(content, cancellationToken);
    }

    private async Task<T?> FromStreamAsync<T>(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
            return NotNull(await JsonSerializer.DeserializeAsync(stream, TypeInfo<T>(), cancellationToken).ConfigureAwait(false));
    }

    // UTF-8 JSON may start with a byte order mark (RFC 8259 lets a reader ignore it); System.Text.Json's reader refuses it.
    private static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> body) => body.StartsWith("\uFEFF"u8) ? body[3..] : body;

    // An answer that is a list (history, entities) is a required list too: a null item is as malformed as a null body.
    private static T NotNull<T>(T? value)
    {
        if (value is null)
            throw new JsonException("The body is JSON null.");
        if (value is System.Collections.IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                if (item is null)
                    throw new JsonException("The body is a list that holds null.");
            }
        }
        return value;
    }

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => null;

    private JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
