using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.MemMachine;

/// <summary>Reading MemMachine request bodies with the pydantic rules of the cloud spec (failures are 422).</summary>
internal static partial class MemMachineRequest
{
    public const int MaxProjectIdLength = 255;

    [GeneratedRegex(@"^[\p{L}\p{N}_:-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeId();

    public static async Task<JsonObject> ReadObjectAsync(HttpContext context, bool bodyOptional = false)
    {
        using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
            return bodyOptional ? [] : throw MemMachineErrors.Invalid("body", "Field required");
        if (!Json.TryParse(text, out var node, out var error)) throw MemMachineErrors.Invalid("body", "JSON decode error: " + error);
        return node as JsonObject ?? throw MemMachineErrors.Invalid("body", "Input should be a valid dictionary or object to extract fields from");
    }

    /// <summary>The project id; "" (the default) is the caller's default project.</summary>
    public static string ProjectId(JsonObject body)
    {
        var node = body["project_id"];
        if (node is null) return "";
        var id = Json.AsString(node) ?? throw MemMachineErrors.Invalid("project_id", "Input should be a valid string");
        if (id.Length > MaxProjectIdLength)
            throw MemMachineErrors.Invalid("project_id", $"String should have at most {MaxProjectIdLength} characters");
        if (!SafeId().IsMatch(id)) throw MemMachineErrors.Invalid("project_id", @"String should match pattern '^[\p{L}\p{N}_:-]*$'");
        return id;
    }

    public static string String(JsonObject body, string key, string fallback)
    {
        var node = body[key];
        if (node is null) return fallback;
        return Json.AsString(node) ?? throw MemMachineErrors.Invalid(key, "Input should be a valid string");
    }

    /// <summary>A string the body must carry (pydantic's required <c>str</c>).</summary>
    public static string Required(JsonObject body, string key)
    {
        var node = body[key];
        if (node is null) throw MemMachineErrors.Invalid(key, "Field required");
        return Json.AsString(node) ?? throw MemMachineErrors.Invalid(key, "Input should be a valid string");
    }

    /// <summary>An optional string; null when absent or JSON null.</summary>
    public static string? OptionalString(JsonObject body, string key)
    {
        var node = body[key];
        if (node is null) return null;
        return Json.AsString(node) ?? throw MemMachineErrors.Invalid(key, "Input should be a valid string");
    }

    /// <summary>A list of strings; null when absent and not <paramref name="required"/>.</summary>
    public static List<string>? Strings(JsonObject body, string key, bool required)
    {
        var node = body[key];
        if (node is null) return required ? throw MemMachineErrors.Invalid(key, "Field required") : null;
        if (node is not JsonArray array) throw MemMachineErrors.Invalid(key, "Input should be a valid list");
        var items = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
            items.Add(Json.AsString(array[i]) ?? throw MemMachineErrors.Invalid($"{key}.{i}", "Input should be a valid string"));
        return items;
    }

    /// <summary>An optional JSON object (metadata); null when absent or JSON null.</summary>
    public static JsonObject? Object(JsonObject body, string key) => body[key] switch
    {
        null => null,
        JsonObject value => value,
        _ => throw MemMachineErrors.Invalid(key, "Input should be a valid dictionary"),
    };

    /// <summary>An optional switch (<c>bool | None</c>): null when absent or JSON null, meaning "leave it as it is".</summary>
    public static bool? OptionalBoolean(JsonObject body, string key)
    {
        var node = body[key];
        if (node is null) return null;
        return Json.AsBool(node) ?? throw MemMachineErrors.Invalid(key, "Input should be a valid boolean");
    }

    public static long Integer(JsonObject body, string key, long fallback)
    {
        var node = body[key];
        if (node is null) return fallback;
        return Json.AsLong(node) ?? throw MemMachineErrors.Invalid(key, "Input should be a valid integer");
    }

    public static bool Boolean(JsonObject body, string key, bool fallback)
    {
        var node = body[key];
        if (node is null) return fallback;
        return Json.AsBool(node) ?? throw MemMachineErrors.Invalid(key, "Input should be a valid boolean");
    }

    /// <summary>A memory type list; empty means both types.</summary>
    public static HashSet<string> Types(JsonObject body)
    {
        var node = body["types"];
        if (node is null) return [];
        if (node is not JsonArray array) throw MemMachineErrors.Invalid("types", "Input should be a valid list");
        var types = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++) types.Add(MemoryType(array[i], $"types.{i}"));
        return types;
    }

    public static string MemoryType(JsonNode? node, string location) => Json.AsString(node) switch
    {
        "episodic" => "episodic",
        "semantic" => "semantic",
        _ => throw MemMachineErrors.Invalid(location, "Input should be 'semantic' or 'episodic'"),
    };

    /// <summary>A non-empty id list from <c>{plural}</c> (required by the cloud) and the OSS singular form.</summary>
    public static List<string> Ids(JsonObject body, string singular, string plural)
    {
        var ids = new List<string>();
        if (body[plural] is { } node)
        {
            if (node is not JsonArray array) throw MemMachineErrors.Invalid(plural, "Input should be a valid list");
            for (var i = 0; i < array.Count; i++)
                ids.Add(Json.AsString(array[i]) ?? throw MemMachineErrors.Invalid($"{plural}.{i}", "Input should be a valid string"));
        }
        if (Json.AsString(body[singular]) is { Length: > 0 } one) ids.Add(one);
        ids = [.. ids.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (ids.Count == 0)
        {
            throw body.ContainsKey(plural)
                ? MemMachineErrors.Invalid(plural, "List should have at least 1 item after validation, not 0")
                : MemMachineErrors.Invalid(plural, "Field required");
        }
        return ids;
    }
}
