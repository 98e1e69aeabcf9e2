using System.Net;
using System.Text.Json.Nodes;

namespace MemoryClients.Emulator.Tests.Emulator.Support;

/// <summary>A response read in full: status, headers, raw text and the parsed JSON (null when the body is not JSON).</summary>
public sealed record ApiResponse(HttpStatusCode Status, HttpResponseMessage Message, string Text, JsonNode? Json)
{
    public int Code => (int)Status;

    public JsonObject Body => Json as JsonObject ?? throw new InvalidOperationException($"Expected a JSON object, got: {Text}");

    public JsonArray Items => Json as JsonArray ?? throw new InvalidOperationException($"Expected a JSON array, got: {Text}");

    public string? Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : Message.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : null;

    public override string ToString() => $"{Code} {Text}";
}
