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
