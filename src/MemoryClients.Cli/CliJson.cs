using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MemoryClients.Cli;

/// <summary>
/// The one JSON form of every machine-readable output (<c>--json</c>, <c>export</c>, the MCP tools): text stays readable
/// UTF-8 (no <c>\u</c> escapes for accented letters, <c>+</c> in dates, <c>&lt;</c> or quotes), while control characters are
/// still escaped, so JSON printed on a terminal stays inert. The output is data, never embedded in HTML.
/// </summary>
internal static class CliJson
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>For JSON nodes.</summary>
    private static readonly JsonSerializerOptions NodeOptions = new() { Encoder = Encoder };

    /// <summary>For provider models (history, events, projects): snake_case names, nulls left out.</summary>
    private static readonly JsonSerializerOptions ModelOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Encoder = Encoder,
    };

    /// <summary>One line of JSON for a node.</summary>
    public static string Write(JsonNode node) => node.ToJsonString(NodeOptions);

    /// <summary>One line of JSON for a provider model.</summary>
    public static string WriteModel<T>(T model) => JsonSerializer.Serialize(model, ModelOptions);

    /// <summary>A service's own JSON, every value and name kept, written in this form.</summary>
    public static string Write(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
            element.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
