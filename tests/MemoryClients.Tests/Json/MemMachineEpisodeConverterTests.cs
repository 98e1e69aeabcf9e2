using System.Text.Json;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;
using static MemoryClients.Tests.Json.MetadataPath;

namespace MemoryClients.Tests.Json;

/// <summary>
/// <see cref="MemMachineEpisode"/> is read and written by a converter of its own. It must mean exactly what
/// System.Text.Json's metadata path, driven by the model's attributes, means (<see cref="MetadataPath"/>).
/// </summary>
public sealed class MemMachineEpisodeConverterTests
{
    private static readonly JsonSerializerOptions Sdk = MemMachineBackend.Profile.Json;

    private const string Full = """
        {"uid":"e1","content":"Likes tea","session_key":"org/proj","created_at":"2026-12-01T10:11:12.123456+00:00",
         "producer_id":"alice","producer_role":"user","produced_for_id":"bot","sequence_num":9007199254740993,
         "episode_type":"message","content_type":"string","filterable_metadata":{"topic":"food"},
         "metadata":{"source":"chat","n":[1,{"x":null}]},"shard":"b","extra":{"deep":[true]}}
        """;

    public static TheoryData<string> Bodies() =>
    [
        Full,
        """{"uid":"e1","created_at":"2026-12-01T10:11:12Z"}""",
        """{}""",
        """
        {"uid":"e1","content":null,"session_key":null,"created_at":"2026-12-01T10:11:12Z","producer_id":null,
         "producer_role":null,"produced_for_id":null,"sequence_num":null,"episode_type":null,"content_type":null,
         "filterable_metadata":null,"metadata":null}
        """,
        """
        {"uid":"e1","producer_role":"narrator","episode_type":"dream","content_type":"image",
         "created_at":"2026-12-01T10:11:12-05:00"}
        """,
        """{"uid":"e0","uid":"e1","content":"first","content":"second","shard":"a","shard":"b"}""",
        """{"\u0075id":"e1","cont\u0065nt":"escaped names","caf\u00e9":1,"created_at":"2026-12-01"}""",
        """{"uid":"e1","UID":"other","Content":"other","additional_properties":{"a":1},"metadata":{}}""",
        "{\"uid\":\"e1\",\"content\":\"line\\nbreak \\\"quoted\\\" \\u00e9\",\"sequence_num\":-1}",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Reads_every_body_as_the_metadata_path_does(string body)
    {
        var (read, expected) = ShouldReadAsReference<MemMachineEpisode, MemMachineEpisodeConverter>(body, Sdk);

        read.ProducerRole.Should().Be(expected.ProducerRole);
        read.EpisodeType.Should().Be(expected.EpisodeType);
        (read.AdditionalProperties?.GetType()).Should().Be(expected.AdditionalProperties?.GetType());
    }

    [Fact]
    public void Knows_every_member_the_model_declares()
    {
        // A member added to the model must be added to the full body here, and then to the converter, or this fails.
        using var full = JsonDocument.Parse(Full);
        full.RootElement.EnumerateObject().Select(p => p.Name).Should().Contain(Members<MemMachineEpisode>());

        var read = JsonSerializer.Deserialize(Full, Info<MemMachineEpisode>(Sdk))!;

        read.AdditionalProperties!.Keys.Should().BeEquivalentTo("shard", "extra");
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Writes_the_same_bytes_as_the_metadata_path(string body)
    {
        ShouldWriteAsReference(JsonSerializer.Deserialize(body, Info<MemMachineEpisode>(Reference))!, Sdk);
    }

    [Fact]
    public void Writes_an_episode_built_by_the_model_factory_as_the_metadata_path_does()
    {
        var episode = MemMachineModelFactory.MemMachineEpisode("e1", "Likes tea", sequenceNum: 3,
            createdAt: new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(2)));

        ShouldWriteAsReference(episode, Sdk);
    }

    [Theory]
    [InlineData("""{"uid":1}""")]
    [InlineData("""{"uid":"e1","content":{}}""")]
    [InlineData("""{"uid":"e1","created_at":null}""")]
    [InlineData("""{"uid":"e1","created_at":"yesterday"}""")]
    [InlineData("""{"uid":"e1","created_at":5}""")]
    [InlineData("""{"uid":"e1","sequence_num":"1"}""")]
    [InlineData("""{"uid":"e1","sequence_num":1.5}""")]
    [InlineData("""{"uid":"e1","sequence_num":true}""")]
    [InlineData("""{"uid":"e1","producer_role":3}""")]
    [InlineData("""{"uid":"e1","episode_type":{}}""")]
    [InlineData("""{"uid":"e1","content_type":[]}""")]
    [InlineData("""{"uid":"e1","metadata":[1]}""")]
    [InlineData("""{"uid":"e1","filterable_metadata":"x"}""")]
    [InlineData("""["e1"]""")]
    [InlineData("\"e1\"")]
    public void Refuses_what_the_metadata_path_refuses(string body) => ShouldBeRefusedByBoth<MemMachineEpisode>(body, Sdk);

    [Fact]
    public void A_list_page_reads_every_episode_through_the_converter()
    {
        var body = $$$"""{"status":0,"content":{"episodic_memory":[{{{Full}}},{"uid":"e2","created_at":"2026-12-02T00:00:00Z"}]}}""";
        var page = JsonSerializer.Deserialize(body, Info<MemMachineListMemoriesResponse>(Sdk))!;

        page.Content.EpisodicMemory!.Select(e => e.Uid).Should().Equal("e1", "e2");
        page.Content.EpisodicMemory![0].SequenceNum.Should().Be(9007199254740993);
        page.Content.EpisodicMemory![0].Metadata!["n"]![1]!["x"].Should().BeNull();
    }
}
