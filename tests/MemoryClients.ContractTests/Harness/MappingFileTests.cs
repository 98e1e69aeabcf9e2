using System.Text.Json.Nodes;
using MemoryClients.ContractTests.Support;

namespace MemoryClients.ContractTests.Harness;

/// <summary>The committed mappings, hand-made or recorded, share one naming style and one shape.</summary>
public sealed class MappingFileTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Mappings");

    [Fact]
    public void Every_mapping_file_is_named_in_kebab_case_and_titled_after_its_path()
    {
        var files = MappingFile.All(Root).ToArray();

        files.Should().HaveCountGreaterThanOrEqualTo(121, "every case of the former fixtures is a mapping file");
        foreach (var file in files)
        {
            var name = CaseName(file);
            name.Should().MatchRegex("^(mem0|memmachine)/[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$");
            MappingFile.Read(file)[^1]["Title"]!.GetValue<string>().Should().Be(name, "the case's own mapping is the file's last");
        }
    }

    [Fact]
    public void Every_mapping_is_in_the_shape_the_recorder_writes()
    {
        foreach (var file in MappingFile.All(Root))
        {
            foreach (var mapping in MappingFile.Read(file))
            {
                var response = mapping["Response"]!.AsObject();
                var rebuilt = MappingFile.Create(
                    mapping["Title"]!.GetValue<string>(),
                    MappingFile.ExpectedMethod(mapping),
                    MappingFile.ExpectedPath(mapping),
                    MappingFile.ExpectedQuery(mapping),
                    MappingFile.ExpectedHeaders(mapping),
                    MappingFile.ExpectedBody(mapping),
                    response["StatusCode"]!.GetValue<int>(),
                    response["Headers"]?.AsObject().Select(h => (h.Key, h.Value!.GetValue<string>())) ?? [],
                    response["BodyAsJson"] ?? response["Body"]);

                JsonNode.DeepEquals(rebuilt, mapping).Should().BeTrue(
                    $"{CaseName(file)} ({mapping["Title"]}) holds only what the contract harness reads, in its shape:\n{mapping}\nrebuilt:\n{rebuilt}");
            }
        }
    }

    private static string CaseName(string file) => Path.GetRelativePath(Root, file)[..^".json".Length].Replace('\\', '/');
}
