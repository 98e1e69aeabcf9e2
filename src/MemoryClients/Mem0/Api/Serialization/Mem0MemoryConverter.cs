using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MemoryClients.Mem0.Api;

/// <summary>
/// Reads and writes <see cref="Mem0Memory"/> (and its <see cref="Mem0ScoreBreakdown"/>) by hand, meaning exactly what
/// System.Text.Json's metadata path means for the model's attributes: snake_case names matched exactly (escaped names
/// unescaped), the last of a repeated member wins, unknown members kept in <see cref="ApiModel.AdditionalProperties"/>,
/// <c>id</c> required and not null, nulls not written.
/// </summary>
/// <remarks>
/// Why by hand: every memory of every answer passes here. The metadata path compiles System.Text.Json's generic code for
/// each nullable value type of the model (<c>bool?</c>, <c>double?</c>, <c>DateOnly?</c>, <c>DateTimeOffset?</c>) on the
/// first answer, which the framework's precompiled image does not hold: about 300 methods before the first search
/// returns. <c>Mem0MemoryConverterTests</c> holds this converter to the metadata path, field by field and error by error.
/// </remarks>
internal sealed class Mem0MemoryConverter : JsonConverter<Mem0Memory>
{
    /// <summary>Resolves <see cref="Mem0Memory"/> to this converter and nothing else; goes in front of the generated context.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } = new MemoryOnly();

    public override Mem0Memory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ExpectStartObject(ref reader, "memory");
        var memory = new Mem0Memory();
        var hasId = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            switch (name.Length)
            {
                case 2 when name.SequenceEqual("id"u8):
                    memory.Id = reader.GetString()!;
                    hasId = true;
                    continue;
                case 5 when name.SequenceEqual("score"u8):
                    memory.Score = Double(ref reader);
                    continue;
                case 6 when name.SequenceEqual("memory"u8):
                    memory.Memory = reader.GetString()!;
                    continue;
                case 6 when name.SequenceEqual("app_id"u8):
                    memory.AppId = reader.GetString();
                    continue;
                case 6 when name.SequenceEqual("run_id"u8):
                    memory.RunId = reader.GetString();
                    continue;
                case 7 when name.SequenceEqual("user_id"u8):
                    memory.UserId = reader.GetString();
                    continue;
                case 8 when name.SequenceEqual("agent_id"u8):
                    memory.AgentId = reader.GetString();
                    continue;
                case 8 when name.SequenceEqual("metadata"u8):
                    memory.Metadata = Object(ref reader, options);
                    continue;
                case 9 when name.SequenceEqual("immutable"u8):
                    memory.Immutable = Boolean(ref reader);
                    continue;
                case 10 when name.SequenceEqual("session_id"u8):
                    memory.SessionId = reader.GetString();
                    continue;
                case 10 when name.SequenceEqual("categories"u8):
                    memory.Categories = Strings(ref reader);
                    continue;
                case 10 when name.SequenceEqual("created_at"u8):
                    memory.CreatedAt = Timestamp(ref reader);
                    continue;
                case 10 when name.SequenceEqual("updated_at"u8):
                    memory.UpdatedAt = Timestamp(ref reader);
                    continue;
                case 11 when name.SequenceEqual("replaced_by"u8):
                    memory.ReplacedBy = reader.GetString();
                    continue;
                case 11 when name.SequenceEqual("synthesized"u8):
                    memory.Synthesized = Boolean(ref reader);
                    continue;
                case 15 when name.SequenceEqual("score_breakdown"u8):
                    memory.ScoreBreakdown = ScoreBreakdown(ref reader);
                    continue;
                case 15 when name.SequenceEqual("expiration_date"u8):
                    memory.ExpirationDate = Mem0DateOnlyConverter.Parse(ref reader);
                    continue;
                case 15 when name.SequenceEqual("lifecycle_state"u8):
                    memory.LifecycleState = reader.GetString();
                    continue;
                case 21 when name.SequenceEqual("structured_attributes"u8):
                    memory.StructuredAttributes = Object(ref reader, options);
                    continue;
                default:
                    memory.AdditionalProperties = Keep(memory.AdditionalProperties, name, ref reader);
                    continue;
            }
        }
        if (!hasId)
            throw new JsonException("The required member 'id' is missing.");
        if (memory.Id is null)
            throw new JsonException("The required member 'id' is null.");
        return memory;
    }

    public override void Write(Utf8JsonWriter writer, Mem0Memory value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        String(writer, "id"u8, value.Id);
        String(writer, "memory"u8, value.Memory);
        String(writer, "user_id"u8, value.UserId);
        String(writer, "agent_id"u8, value.AgentId);
        String(writer, "app_id"u8, value.AppId);
        String(writer, "run_id"u8, value.RunId);
        String(writer, "session_id"u8, value.SessionId);
        Object(writer, "metadata"u8, value.Metadata, options);
        if (value.Categories is { } categories)
        {
            writer.WriteStartArray("categories"u8);
            foreach (var category in categories)
                writer.WriteStringValue(category);
            writer.WriteEndArray();
        }
        Double(writer, "score"u8, value.Score);
        if (value.ScoreBreakdown is { } breakdown)
        {
            writer.WriteStartObject("score_breakdown"u8);
            Double(writer, "semantic"u8, breakdown.Semantic);
            Double(writer, "bm25"u8, breakdown.Bm25);
            Double(writer, "entity"u8, breakdown.Entity);
            Extras(writer, breakdown.AdditionalProperties);
            writer.WriteEndObject();
        }
        Object(writer, "structured_attributes"u8, value.StructuredAttributes, options);
        String(writer, "replaced_by"u8, value.ReplacedBy);
        Boolean(writer, "synthesized"u8, value.Synthesized);
        Boolean(writer, "immutable"u8, value.Immutable);
        if (value.ExpirationDate is { } expires)
            writer.WriteString("expiration_date"u8, Mem0DateOnlyConverter.Format(expires));
        Timestamp(writer, "created_at"u8, value.CreatedAt);
        Timestamp(writer, "updated_at"u8, value.UpdatedAt);
        String(writer, "lifecycle_state"u8, value.LifecycleState);
        Extras(writer, value.AdditionalProperties);
        writer.WriteEndObject();
    }

    private sealed class MemoryOnly : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            type == typeof(Mem0Memory) ? JsonMetadataServices.CreateValueInfo<Mem0Memory>(options, new Mem0MemoryConverter()) : null;
    }

    private static Mem0ScoreBreakdown? ScoreBreakdown(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        ExpectStartObject(ref reader, "score breakdown");
        var breakdown = new Mem0ScoreBreakdown();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            if (name.SequenceEqual("semantic"u8))
                breakdown.Semantic = Double(ref reader);
            else if (name.SequenceEqual("bm25"u8))
                breakdown.Bm25 = Double(ref reader);
            else if (name.SequenceEqual("entity"u8))
                breakdown.Entity = Double(ref reader);
            else
                breakdown.AdditionalProperties = Keep(breakdown.AdditionalProperties, name, ref reader);
        }
        return breakdown;
    }

    private static void ExpectStartObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"Expected a {what} object, got {reader.TokenType}.");
    }

    // The member name, unescaped. It stays valid while the value is read: it is the reader's own input, or (for an
    // escaped or multi-segment name, which services do not send) a copy.
    private static ReadOnlySpan<byte> Name(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && !reader.HasValueSequence ? reader.ValueSpan : Encoding.UTF8.GetBytes(reader.GetString()!);

    // An unknown member, kept by name (the last of a repeated one wins, as for known members).
    private static Dictionary<string, JsonElement> Keep(IDictionary<string, JsonElement>? extras, scoped ReadOnlySpan<byte> name,
        ref Utf8JsonReader reader)
    {
        var kept = extras as Dictionary<string, JsonElement> ?? [];
        kept[Encoding.UTF8.GetString(name)] = JsonElement.ParseValue(ref reader);
        return kept;
    }

    private static double? Double(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();

    private static bool? Boolean(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetBoolean();

    private static DateTimeOffset? Timestamp(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset();

    // System.Text.Json's own JsonObject converter, so metadata reads exactly as anywhere else in the SDK.
    private static JsonObject? Object(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType == JsonTokenType.Null
        ? null
        : JsonMetadataServices.JsonObjectConverter.Read(ref reader, typeof(JsonObject), options);

    private static List<string>? Strings(ref Utf8JsonReader reader)
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

    private static void String(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
            writer.WriteString(name, value);
    }

    private static void Double(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } number)
            writer.WriteNumber(name, number);
    }

    private static void Boolean(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
            writer.WriteBoolean(name, flag);
    }

    private static void Timestamp(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is { } time)
            writer.WriteString(name, time);
    }

    private static void Object(Utf8JsonWriter writer, ReadOnlySpan<byte> name, JsonObject? value, JsonSerializerOptions options)
    {
        if (value is null)
            return;
        writer.WritePropertyName(name);
        value.WriteTo(writer, options);
    }

    private static void Extras(Utf8JsonWriter writer, IDictionary<string, JsonElement>? extras)
    {
        if (extras is null)
            return;
        foreach (var (name, value) in extras)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }
}
