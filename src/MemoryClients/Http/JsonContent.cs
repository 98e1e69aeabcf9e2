using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace MemoryClients.Http;

/// <summary>
/// Refit's serializer for one provider's source-generated JSON context: bodies are serialised to UTF-8 bytes once (so
/// every try re-sends the same bytes with a Content-Length), and answers are read from the buffered response.
/// A JSON <c>null</c> answer is not a value of any wire type, so it is refused like any other malformed body.
/// </summary>
internal sealed class JsonContent(JsonSerializerOptions options) : IHttpContentSerializer
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    public HttpContent ToHttpContent<T>(T item)
    {
        // Every [Body] parameter of the raw APIs is called "request" (a convention test checks it).
        ArgumentNullException.ThrowIfNull(item, "request");
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(item, TypeInfo<T>()));
        content.Headers.ContentType = JsonType;
        return content;
    }

    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, TypeInfo<T>(), cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The body is JSON null.");
        }
    }

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => null;

    private JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
