using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MemoryClients.ContractTests.Support;

/// <summary>Reads and writes mapping files in WireMock.Net's JSON format: one mapping object, or an array of them.</summary>
public static class MappingFile
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The mappings of a file, in file order.</summary>
    public static IReadOnlyList<JsonObject> Read(string path) => JsonNode.Parse(File.ReadAllText(path)) switch
    {
        JsonArray array => array.Select(m => m!.AsObject()).ToArray(),
        JsonObject single => [single],
        _ => throw new InvalidDataException($"{path} is not a WireMock mapping file."),
    };

    /// <summary>Writes one mapping as an object, several as an array, indented like the committed files.</summary>
    public static void Write(string path, IReadOnlyList<JsonObject> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        JsonNode node = mappings.Count == 1 ? mappings[0] : new JsonArray(mappings.Select(m => (JsonNode?)m).ToArray());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, node.ToJsonString(Indented) + "\n");
    }

    /// <summary>
    /// Builds a mapping in the committed shape: the request matches on method, exact path, each query parameter, the given
    /// headers exactly and the body as JSON (no body matcher when <paramref name="requestBody"/> is null); <c>Data.query</c>
    /// keeps the exact query string; a JSON response body is <c>BodyAsJson</c> and a string node is a text <c>Body</c>.
    /// </summary>
    public static JsonObject Create(
        string title,
        string method,
        string path,
        string query,
        IEnumerable<(string Name, string Value)> headers,
        JsonNode? requestBody,
        int status,
        IEnumerable<(string Name, string Value)> responseHeaders,
        JsonNode? responseBody)
    {
        var request = new JsonObject
        {
            ["Methods"] = new JsonArray(method),
            ["Path"] = new JsonObject { ["Matchers"] = new JsonArray(Exact(path)) },
        };
        if (query.Length > 0)
        {
            request["Params"] = new JsonArray(query.Split('&')
                .Select(p => p.Split('=', 2))
                .GroupBy(p => Uri.UnescapeDataString(p[0]))
                .Select(g => (JsonNode)new JsonObject
                {
                    ["Name"] = g.Key,
                    ["Matchers"] = new JsonArray(g.Select(p => (JsonNode)Exact(Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""))).ToArray()),
                })
                .ToArray());
        }
        var headerMatchers = headers.Select(h => (JsonNode)new JsonObject { ["Name"] = h.Name, ["Matchers"] = new JsonArray(Exact(h.Value)) }).ToArray();
        if (headerMatchers.Length > 0)
            request["Headers"] = new JsonArray(headerMatchers);
        if (requestBody is not null)
            request["Body"] = new JsonObject { ["Matcher"] = new JsonObject { ["Name"] = "JsonMatcher", ["Pattern"] = requestBody.DeepClone() } };

        var response = new JsonObject { ["StatusCode"] = status };
        var responseHeaderObject = new JsonObject();
        foreach (var (name, value) in responseHeaders)
            responseHeaderObject[name] = value;
        if (responseHeaderObject.Count > 0)
            response["Headers"] = responseHeaderObject;
        if (responseBody is JsonValue text && text.GetValueKind() == JsonValueKind.String)
            response["Body"] = text.GetValue<string>();
        else if (responseBody is not null)
            response["BodyAsJson"] = responseBody.DeepClone();

        var mapping = new JsonObject { ["Title"] = title, ["Request"] = request, ["Response"] = response };
        if (query.Length > 0)
            mapping["Data"] = new JsonObject { ["query"] = query };
        return mapping;
    }

    private static JsonObject Exact(string pattern) => new() { ["Name"] = "ExactMatcher", ["Pattern"] = pattern };

    /// <summary>The method a mapping's request matcher expects.</summary>
    public static string ExpectedMethod(JsonObject mapping) => Request(mapping)["Methods"]![0]!.GetValue<string>();

    /// <summary>The exact path a mapping's request matcher expects.</summary>
    public static string ExpectedPath(JsonObject mapping) => Request(mapping)["Path"]!["Matchers"]![0]!["Pattern"]!.GetValue<string>();

    /// <summary>The exact query string (without <c>?</c>) the mapping keeps in <c>Data.query</c>; empty when the request has none.</summary>
    public static string ExpectedQuery(JsonObject mapping) => mapping["Data"]?["query"]?.GetValue<string>() ?? "";

    /// <summary>The JSON body a mapping's request matcher expects, or null when the request carries no body.</summary>
    public static JsonNode? ExpectedBody(JsonObject mapping) => Request(mapping)["Body"]?["Matcher"]?["Pattern"];

    /// <summary>The headers a mapping's request matcher expects, as name and exact value.</summary>
    public static IEnumerable<(string Name, string Value)> ExpectedHeaders(JsonObject mapping)
    {
        foreach (var header in Request(mapping)["Headers"]?.AsArray() ?? [])
            yield return (header!["Name"]!.GetValue<string>(), header["Matchers"]![0]!["Pattern"]!.GetValue<string>());
    }

    private static JsonObject Request(JsonObject mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return mapping["Request"]!.AsObject();
    }

    /// <summary>Every mapping file under a folder, ordered by path.</summary>
    public static IEnumerable<string> All(string folder) =>
        Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
