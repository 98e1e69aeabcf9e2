using System.Buffers;
using System.Text.Json;

namespace MemoryClients.Serialization;

/// <summary>
/// A request body that may carry top-level fields the SDK does not model (<c>AdditionalProperties</c> of the options it
/// derives from). They are written after the modelled fields by <see cref="ExtraBodyFields.Append"/> rather than as System.Text.Json
/// extension data, which would keep the body off the source generator's fast path (property metadata, and the start-up
/// cost of compiling it, for every body).
/// </summary>
internal interface IExtraBodyFields
{
    /// <summary>The extra fields by wire name, or null.</summary>
    IDictionary<string, JsonElement>? AdditionalProperties { get; }
}

/// <summary>Writes a body's extra fields after its modelled ones.</summary>
internal static class ExtraBodyFields
{
    /// <summary>Where a caller sets the extra fields: the options every such body derives from.</summary>
    public const string ParamName = "options.AdditionalProperties";

    /// <summary>
    /// <paramref name="body"/> (a JSON object) with <paramref name="extras"/> written after its members, or
    /// <paramref name="body"/> itself when there are none. A field the body already writes is refused: it would appear twice.
    /// </summary>
    /// <param name="body">The body as serialised.</param>
    /// <param name="extras">The extra fields.</param>
    /// <param name="paramName">What the caller set them through (<see cref="ParamName"/>), named by the error.</param>
    public static byte[] Append(byte[] body, IDictionary<string, JsonElement>? extras, string paramName)
    {
        if (extras is null || extras.Count == 0)
            return body;
        var written = TopLevelNames(body);
        if (extras.Keys.FirstOrDefault(written.Contains) is { } repeated)
        {
            throw new ArgumentException(
                $"'{repeated}' is already set through a typed argument or option; set it in one place only.", paramName);
        }
        var buffer = new ArrayBufferWriter<byte>(body.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            HandWrittenJson.WriteExtras(writer, extras);
            writer.WriteEndObject();
        }
        // The body without its closing brace, a comma unless it is empty, then the extras' members and their closing brace.
        var members = buffer.WrittenSpan[1..];
        var keep = body.Length - 1;
        var comma = written.Count > 0 ? 1 : 0;
        var joined = new byte[keep + comma + members.Length];
        body.AsSpan(0, keep).CopyTo(joined);
        if (comma == 1)
            joined[keep] = (byte)',';
        members.CopyTo(joined.AsSpan(keep + comma));
        return joined;
    }

    private static HashSet<string> TopLevelNames(byte[] body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(body);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new InvalidOperationException("Extra fields can only be added to a JSON object.");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            names.Add(reader.GetString()!);
            reader.Skip();
        }
        return names;
    }
}
