using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>Writes a moment as Mem0's Unix time in seconds (<c>timestamp</c>), and reads it back.</summary>
internal sealed class Mem0UnixSecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64());

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.ToUnixTimeSeconds());
}
