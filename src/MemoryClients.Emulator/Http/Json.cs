using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MemoryClients.Emulator.Http;

/// <summary>JSON reading and writing with JsonNode only (no reflection), UTF-8 output like the Python services.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    // Duplicate keys are an error, as a strict parser sees them: the Python services would silently keep the last one.
    private static readonly JsonDocumentOptions ReaderOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    public static byte[] Serialize(JsonNode? node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (node is null) writer.WriteNullValue();
            else node.WriteTo(writer);
        }
        return buffer.ToArray();
    }

    public static string ToText(JsonNode? node) => System.Text.Encoding.UTF8.GetString(Serialize(node));

    /// <summary>Parses text; returns false with a message when it is not JSON, repeats a key or holds a number no double can hold.</summary>
    public static bool TryParse(string text, out JsonNode? node, out string? error)
    {
        try
        {
            node = JsonNode.Parse(text, documentOptions: ReaderOptions);
            error = OutOfRangeNumber(node) is { } number ? $"Number out of range: {number}" : null;
        }
        catch (JsonException e)
        {
            node = null;
            error = e.Message;
        }
        if (error is null) return true;
        node = null;
        return false;
    }

    /// <summary>The first number (depth first) that parses to an infinity, such as <c>1e400</c>, or null.</summary>
    private static string? OutOfRangeNumber(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => OutOfRangeNumber(p.Value)).FirstOrDefault(n => n is not null),
        JsonArray a => a.Select(OutOfRangeNumber).FirstOrDefault(n => n is not null),
        _ when IsNumber(node) && !double.IsFinite(AsDouble(node) ?? 0) => node!.ToJsonString(),
        _ => null,
    };

    /// <summary>A deep copy without the internal keys (those starting with <c>__</c>).</summary>
    public static JsonObject Public(JsonObject doc)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in doc)
        {
            if (!key.StartsWith("__", StringComparison.Ordinal)) copy[key] = value?.DeepClone();
        }
        return copy;
    }

    /// <summary>A deep copy without internal keys and without null members (pydantic's <c>exclude_none</c>).</summary>
    public static JsonObject PublicWithoutNulls(JsonObject doc)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in doc)
        {
            if (key.StartsWith("__", StringComparison.Ordinal) || value is null || value.GetValueKind() == JsonValueKind.Null) continue;
            copy[key] = value is JsonObject inner ? PublicWithoutNulls(inner) : value.DeepClone();
        }
        return copy;
    }

    public static JsonArray Array(IEnumerable<JsonNode?> items)
    {
        var array = new JsonArray();
        foreach (var item in items) array.Add(item);
        return array;
    }

    public static JsonArray Strings(IEnumerable<string> items) => Array(items.Select(s => (JsonNode?)JsonValue.Create(s)));

    public static string? AsString(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    public static bool IsNumber(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number;

    public static bool IsBool(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    public static bool? AsBool(JsonNode? node) => IsBool(node) ? node!.GetValue<bool>() : null;

    /// <summary>The value as a double when it is a JSON number (parsed or created from any numeric type).</summary>
    public static double? AsDouble(JsonNode? node) =>
        IsNumber(node) && double.TryParse(node!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>The value as a whole number when it is a JSON number without a fractional part.</summary>
    public static long? AsLong(JsonNode? node)
    {
        if (!IsNumber(node)) return null;
        var text = node!.ToJsonString();
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e15
            ? (long)d
            : null;
    }
}
