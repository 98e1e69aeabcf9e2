using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0;

/// <summary>Reading Mem0 request bodies and parameters the way the Django service validates them.</summary>
internal static class Mem0Request
{
    /// <summary>The JSON object body; an empty body is an empty object, as DRF treats it.</summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        if (string.IsNullOrWhiteSpace(text)) return [];
        if (!Json.TryParse(text, out var node, out var error))
            throw Mem0Errors.Detail(400, "JSON parse error - " + error);
        return node as JsonObject
            ?? throw Mem0Errors.Detail(400, $"Invalid data. Expected a dictionary, but got {KindName(node)}.");
    }

    /// <summary>A memory id in canonical form; 400 when it is not a UUID (the real service validates before lookup).</summary>
    public static string MemoryId(string? raw, string message = "Invalid memory ID")
    {
        if (!Guid.TryParse(raw, out var id)) throw Mem0Errors.Error(400, message);
        return id.ToString("D", CultureInfo.InvariantCulture);
    }

    public static string? OptionalString(JsonObject body, string key)
    {
        var node = body[key];
        if (node is null) return null;
        return Json.AsString(node) ?? throw Mem0Errors.Error(400, $"{key} must be a string.");
    }

    public static bool OptionalBool(JsonObject body, string key, bool fallback)
    {
        var node = body[key];
        if (node is null) return fallback;
        return Json.AsBool(node) ?? throw Mem0Errors.Error(400, $"{key} must be a boolean.");
    }

    public static List<string>? OptionalStringList(JsonObject body, string key)
    {
        var node = body[key];
        if (node is null) return null;
        if (node is not JsonArray array || array.Any(i => !Json.IsString(i)))
            throw Mem0Errors.Error(400, $"{key} must be a list of strings.");
        return [.. array.Select(i => i!.GetValue<string>())];
    }

    /// <summary>A query (or body) integer; 400 when it is present but not a whole number.</summary>
    public static int? QueryInt(HttpRequest request, JsonObject? body, string key)
    {
        var text = request.Query[key].ToString();
        if (text.Length > 0) return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : throw NotAnInteger(key);
        if (body?[key] is null) return null;
        var value = Json.AsLong(body[key]);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value.Value : throw NotAnInteger(key);
    }

    private static ApiException NotAnInteger(string key) => Mem0Errors.Error(400, $"{key} must be an integer.");

    private static string KindName(JsonNode? node) => node switch
    {
        JsonArray => "list",
        null => "NoneType",
        _ when Json.IsString(node) => "str",
        _ when Json.IsBool(node) => "bool",
        _ => "int",
    };
}
