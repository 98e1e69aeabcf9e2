using System.Text.Json;
using System.Text.Json.Nodes;

namespace MemoryClients.Tests.Support;

/// <summary>JSON values for extra body fields, without reflection-based serialisation (which the tests disable, as AOT apps do).</summary>
internal static class JsonElements
{
    public static JsonElement Of(bool value) => Parse(JsonValue.Create(value).ToJsonString());

    public static JsonElement Of(int value) => Parse(JsonValue.Create(value).ToJsonString());

    public static JsonElement Of(string value) => Parse(JsonValue.Create(value).ToJsonString());

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
