using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using static MemoryClients.Serialization.HandWrittenJson;

namespace MemoryClients.Mem0.Api;

/// <summary>
/// Reads and writes <see cref="Mem0Memory"/> (and its <see cref="Mem0ScoreBreakdown"/>) by hand, meaning exactly what
/// System.Text.Json's metadata path means for the model's attributes: snake_case names matched exactly (escaped names
/// unescaped), the last of a repeated member wins, unknown members kept in <see cref="ApiModel.AdditionalProperties"/>,
/// <c>id</c> required and not null, nulls not written.
/// </summary>
/// <remarks>
/// Why by hand: every memory of every answer passes here (see <see cref="Serialization.HandWrittenJson"/>); the metadata
/// path compiled about 300 methods for this model before the first search returned. <c>Mem0MemoryConverterTests</c>
/// holds this converter to the metadata path, field by field and error by error.
/// </remarks>
internal sealed class Mem0MemoryConverter : JsonConverter<Mem0Memory>
{
    /// <summary>Resolves <see cref="Mem0Memory"/> to this converter and nothing else; goes in front of the generated context.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } = ResolverFor(new Mem0MemoryConverter());

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
                    memory.Score = ReadDouble(ref reader);
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
                    memory.Metadata = ReadObject(ref reader, options);
                    continue;
                case 9 when name.SequenceEqual("immutable"u8):
                    memory.Immutable = ReadBoolean(ref reader);
                    continue;
                case 10 when name.SequenceEqual("session_id"u8):
                    memory.SessionId = reader.GetString();
                    continue;
                case 10 when name.SequenceEqual("categories"u8):
                    memory.Categories = ReadStrings(ref reader);
                    continue;
                case 10 when name.SequenceEqual("created_at"u8):
                    memory.CreatedAt = ReadTimestamp(ref reader);
                    continue;
                case 10 when name.SequenceEqual("updated_at"u8):
                    memory.UpdatedAt = ReadTimestamp(ref reader);
                    continue;
                case 11 when name.SequenceEqual("replaced_by"u8):
                    memory.ReplacedBy = reader.GetString();
                    continue;
                case 11 when name.SequenceEqual("synthesized"u8):
                    memory.Synthesized = ReadBoolean(ref reader);
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
                    memory.StructuredAttributes = ReadObject(ref reader, options);
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
        WriteMember(writer, "id"u8, value.Id);
        WriteMember(writer, "memory"u8, value.Memory);
        WriteMember(writer, "user_id"u8, value.UserId);
        WriteMember(writer, "agent_id"u8, value.AgentId);
        WriteMember(writer, "app_id"u8, value.AppId);
        WriteMember(writer, "run_id"u8, value.RunId);
        WriteMember(writer, "session_id"u8, value.SessionId);
        WriteMember(writer, "metadata"u8, value.Metadata, options);
        WriteMember(writer, "categories"u8, value.Categories);
        WriteMember(writer, "score"u8, value.Score);
        if (value.ScoreBreakdown is { } breakdown)
        {
            writer.WriteStartObject("score_breakdown"u8);
            WriteMember(writer, "semantic"u8, breakdown.Semantic);
            WriteMember(writer, "bm25"u8, breakdown.Bm25);
            WriteMember(writer, "entity"u8, breakdown.Entity);
            WriteExtras(writer, breakdown.AdditionalProperties);
            writer.WriteEndObject();
        }
        WriteMember(writer, "structured_attributes"u8, value.StructuredAttributes, options);
        WriteMember(writer, "replaced_by"u8, value.ReplacedBy);
        WriteMember(writer, "synthesized"u8, value.Synthesized);
        WriteMember(writer, "immutable"u8, value.Immutable);
        if (value.ExpirationDate is { } expires)
            writer.WriteString("expiration_date"u8, Mem0DateOnlyConverter.Format(expires));
        WriteMember(writer, "created_at"u8, value.CreatedAt);
        WriteMember(writer, "updated_at"u8, value.UpdatedAt);
        WriteMember(writer, "lifecycle_state"u8, value.LifecycleState);
        WriteExtras(writer, value.AdditionalProperties);
        writer.WriteEndObject();
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
                breakdown.Semantic = ReadDouble(ref reader);
            else if (name.SequenceEqual("bm25"u8))
                breakdown.Bm25 = ReadDouble(ref reader);
            else if (name.SequenceEqual("entity"u8))
                breakdown.Entity = ReadDouble(ref reader);
            else
                breakdown.AdditionalProperties = Keep(breakdown.AdditionalProperties, name, ref reader);
        }
        return breakdown;
    }
}
