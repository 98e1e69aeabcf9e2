using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MemoryClients.Serialization;
using static MemoryClients.Serialization.HandWrittenJson;

namespace MemoryClients.MemMachine.Api;

/// <summary>
/// Reads and writes <see cref="MemMachineEpisode"/> by hand, meaning exactly what System.Text.Json's metadata path means
/// for the model's attributes: snake_case names matched exactly (escaped names unescaped), the last of a repeated member
/// wins, unknown members kept in <see cref="ApiModel.AdditionalProperties"/>, the extensible enums through their own
/// converter, nulls of nullable members not written.
/// </summary>
/// <remarks>
/// Why by hand: every episode of every list page passes here (see <see cref="HandWrittenJson"/>).
/// <c>MemMachineEpisodeConverterTests</c> holds this converter to the metadata path, field by field and error by error.
/// </remarks>
internal sealed class MemMachineEpisodeConverter : JsonConverter<MemMachineEpisode>
{
    private static readonly ExtensibleEnumConverter<MemMachineMessageRole> Roles = new();
    private static readonly ExtensibleEnumConverter<MemMachineEpisodeType> EpisodeTypes = new();
    private static readonly ExtensibleEnumConverter<MemMachineContentType> ContentTypes = new();

    /// <summary>Resolves <see cref="MemMachineEpisode"/> to this converter alone; it goes in front of the generated context.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } = ResolverFor(new MemMachineEpisodeConverter());

    public override MemMachineEpisode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ExpectStartObject(ref reader, "episode");
        var episode = new MemMachineEpisode();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            switch (name.Length)
            {
                case 3 when name.SequenceEqual("uid"u8):
                    episode.Uid = reader.GetString()!;
                    continue;
                case 7 when name.SequenceEqual("content"u8):
                    episode.Content = reader.GetString()!;
                    continue;
                case 8 when name.SequenceEqual("metadata"u8):
                    episode.Metadata = ReadObject(ref reader, options);
                    continue;
                case 10 when name.SequenceEqual("created_at"u8):
                    episode.CreatedAt = reader.GetDateTimeOffset();
                    continue;
                case 11 when name.SequenceEqual("session_key"u8):
                    episode.SessionKey = reader.GetString()!;
                    continue;
                case 11 when name.SequenceEqual("producer_id"u8):
                    episode.ProducerId = reader.GetString()!;
                    continue;
                case 12 when name.SequenceEqual("sequence_num"u8):
                    episode.SequenceNum = ReadInt64(ref reader);
                    continue;
                case 12 when name.SequenceEqual("episode_type"u8):
                    episode.EpisodeType = ReadNullable(EpisodeTypes, ref reader, options);
                    continue;
                case 12 when name.SequenceEqual("content_type"u8):
                    episode.ContentType = ReadNullable(ContentTypes, ref reader, options);
                    continue;
                case 13 when name.SequenceEqual("producer_role"u8):
                    episode.ProducerRole = Roles.Read(ref reader, typeof(MemMachineMessageRole), options);
                    continue;
                case 15 when name.SequenceEqual("produced_for_id"u8):
                    episode.ProducedForId = reader.GetString();
                    continue;
                case 19 when name.SequenceEqual("filterable_metadata"u8):
                    episode.FilterableMetadata = ReadObject(ref reader, options);
                    continue;
                default:
                    episode.AdditionalProperties = Keep(episode.AdditionalProperties, name, ref reader);
                    continue;
            }
        }
        return episode;
    }

    public override void Write(Utf8JsonWriter writer, MemMachineEpisode value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteMember(writer, "uid"u8, value.Uid);
        WriteMember(writer, "content"u8, value.Content);
        WriteMember(writer, "session_key"u8, value.SessionKey);
        writer.WriteString("created_at"u8, value.CreatedAt);
        WriteMember(writer, "producer_id"u8, value.ProducerId);
        writer.WritePropertyName("producer_role"u8);
        Roles.Write(writer, value.ProducerRole, options);
        WriteMember(writer, "produced_for_id"u8, value.ProducedForId);
        WriteMember(writer, "sequence_num"u8, value.SequenceNum);
        if (value.EpisodeType is { } episodeType)
        {
            writer.WritePropertyName("episode_type"u8);
            EpisodeTypes.Write(writer, episodeType, options);
        }
        if (value.ContentType is { } contentType)
        {
            writer.WritePropertyName("content_type"u8);
            ContentTypes.Write(writer, contentType, options);
        }
        WriteMember(writer, "filterable_metadata"u8, value.FilterableMetadata, options);
        WriteMember(writer, "metadata"u8, value.Metadata, options);
        WriteExtras(writer, value.AdditionalProperties);
        writer.WriteEndObject();
    }

    // A nullable extensible enum: null, or what its own converter reads.
    private static T? ReadNullable<T>(ExtensibleEnumConverter<T> converter, ref Utf8JsonReader reader, JsonSerializerOptions options)
        where T : struct, IWireValue<T> =>
        reader.TokenType == JsonTokenType.Null ? null : converter.Read(ref reader, typeof(T), options);
}
