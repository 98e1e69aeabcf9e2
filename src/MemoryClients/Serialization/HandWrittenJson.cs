using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MemoryClients.Serialization;

/// <summary>
/// What the SDK's hand-written model converters share (<c>Mem0MemoryConverter</c>, <c>MemMachineEpisodeConverter</c>), each
/// piece meaning what System.Text.Json's metadata path means for a property of the same type under the SDK's options:
/// names unescaped, the last of a repeated member kept, unknown members kept as <see cref="JsonElement"/>s, a JSON null
/// read as null, and nulls not written.
/// </summary>
/// <remarks>
/// Why hand-written converters exist at all: the metadata path compiles System.Text.Json's generic code for each nullable
/// value type a model has on the first answer (the framework's precompiled image does not hold it), and reads every
/// member through a property lookup. The hot models (every memory of every answer) are read by hand instead; each
/// converter's tests hold it to the metadata path.
/// </remarks>
internal static class HandWrittenJson
{
    /// <summary>
    /// Resolves <typeparamref name="T"/> to <paramref name="converter"/> and nothing else. It goes in front of a generated
    /// context (<see cref="ProviderProfile.Create"/>), not into the options' converters, which would turn off the
    /// generated fast path of every type.
    /// </summary>
    public static IJsonTypeInfoResolver ResolverFor<T>(JsonConverter<T> converter) => new SingleType<T>(converter);

    /// <exception cref="JsonException">The token does not start an object.</exception>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"Expected a {what} object, got {reader.TokenType}.");
    }

    /// <summary>
    /// The member name, unescaped. It stays valid while the value is read: it is the reader's own input, or (for an
    /// escaped or multi-segment name, which services do not send) a copy.
    /// </summary>
    public static ReadOnlySpan<byte> Name(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && !reader.HasValueSequence ? reader.ValueSpan : Encoding.UTF8.GetBytes(reader.GetString()!);

    /// <summary>An unknown member, kept by name (the last of a repeated one wins, as for known members).</summary>
    public static Dictionary<string, JsonElement> Keep(IDictionary<string, JsonElement>? extras, scoped ReadOnlySpan<byte> name,
        ref Utf8JsonReader reader)
    {
        var kept = extras as Dictionary<string, JsonElement> ?? [];
        kept[Encoding.UTF8.GetString(name)] = JsonElement.ParseValue(ref reader);
        return kept;
    }

    public static double? ReadDouble(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();

    public static long? ReadInt64(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();

    public static bool? ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetBoolean();

    public static DateTimeOffset? ReadTimestamp(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset();

    /// <summary>Through System.Text.Json's own <see cref="JsonObject"/> converter, so it reads as anywhere else in the SDK.</summary>
    public static JsonObject? ReadObject(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType == JsonTokenType.Null
        ? null
        : JsonMetadataServices.JsonObjectConverter.Read(ref reader, typeof(JsonObject), options);

    /// <exception cref="JsonException">The value is neither a list nor null, or holds something other than strings and nulls.</exception>
    public static List<string>? ReadStrings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException($"Expected a list of strings, got {reader.TokenType}.");
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            items.Add(reader.GetString()!);
        return items;
    }

    public static void WriteMember(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
            writer.WriteString(name, value);
    }

    public static void WriteMember(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } number)
            writer.WriteNumber(name, number);
    }

    public static void WriteMember(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } number)
            writer.WriteNumber(name, number);
    }

    public static void WriteMember(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
            writer.WriteBoolean(name, flag);
    }

    public static void WriteMember(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is { } time)
            writer.WriteString(name, time);
    }

    public static void WriteMember(Utf8JsonWriter writer, ReadOnlySpan<byte> name, JsonObject? value, JsonSerializerOptions options)
    {
        if (value is null)
            return;
        writer.WritePropertyName(name);
        value.WriteTo(writer, options);
    }

    public static void WriteMember(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string>? values)
    {
        if (values is null)
            return;
        writer.WriteStartArray(name);
        foreach (var value in values)
            writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    /// <summary>Unknown members as they were read, after the modelled ones (where the metadata path writes extension data).</summary>
    public static void WriteExtras(Utf8JsonWriter writer, IDictionary<string, JsonElement>? extras)
    {
        if (extras is null)
            return;
        foreach (var (name, value) in extras)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    private sealed class SingleType<T>(JsonConverter<T> converter) : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            type == typeof(T) ? JsonMetadataServices.CreateValueInfo<T>(options, converter) : null;
    }
}
