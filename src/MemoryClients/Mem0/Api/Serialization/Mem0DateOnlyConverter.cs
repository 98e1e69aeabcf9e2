using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>
/// Reads Mem0 dates (<c>expiration_date</c>) leniently: <c>YYYY-MM-DD</c>, or an ISO date-time whose date part is kept,
/// so an unexpected format does not fail a whole list. Writes <c>YYYY-MM-DD</c>.
/// </summary>
internal sealed class Mem0DateOnlyConverter : JsonConverter<DateOnly?>
{
    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options)
    {
        if (value is { } date)
            writer.WriteStringValue(Format(date));
        else
            writer.WriteNullValue();
    }

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? Parse(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Expected a date string, got {reader.TokenType}.");
        var text = reader.GetString()!;
        if (text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new JsonException($"'{text}' is not a YYYY-MM-DD date.");
    }
}
