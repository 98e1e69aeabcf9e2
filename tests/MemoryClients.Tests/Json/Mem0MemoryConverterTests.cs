using System.Text.Json;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using static MemoryClients.Tests.Json.MetadataPath;

namespace MemoryClients.Tests.Json;

/// <summary>
/// <see cref="Mem0Memory"/> is read and written by a converter of its own (no property metadata to build at start-up).
/// It must mean exactly what System.Text.Json's metadata path, driven by the model's attributes, means
/// (<see cref="MetadataPath"/>).
/// </summary>
public sealed class Mem0MemoryConverterTests
{
    private static readonly JsonSerializerOptions Sdk = Mem0Backend.Profile.Json;

    private const string Full = """
        {"id":"m1","memory":"Likes tea","user_id":"alice","agent_id":"a","app_id":"app","run_id":"r1","session_id":"s1",
         "metadata":{"source":"chat","n":[1,2,{"x":null}]},"categories":["food","personal_details"],"score":0.8731,
         "score_breakdown":{"semantic":0.7,"bm25":0.1,"entity":0.0731,"rerank":0.5},
         "structured_attributes":{"day":3,"is_weekend":false,"day_of_week":"tuesday"},"replaced_by":"m0",
         "synthesized":true,"immutable":false,"expiration_date":"2027-01-31","created_at":"2026-12-01T10:11:12.123456-08:00",
         "updated_at":"2026-12-01T10:16:12.5+00:00","lifecycle_state":"active","region":"eu","extra":{"deep":[true]}}
        """;

    public static TheoryData<string> Bodies() =>
    [
        Full,
        """{"id":"m1"}""",
        """
        {"id":"m1","memory":null,"user_id":null,"metadata":null,"categories":null,"score":null,"score_breakdown":null,
         "synthesized":null,"expiration_date":null,"created_at":null}
        """,
        """{"id":"m1","session_id":"s1"}""",
        """{"id":"m1","run_id":null,"session_id":"s1"}""",
        """{"session_id":"s1","run_id":"r1","id":"m1"}""",
        """{"id":"m0","id":"m1","memory":"first","memory":"second","region":"a","region":"b"}""",
        """{"\u0069d":"m1","memor\u0079":"escaped names","us\u0065r_id":"alice","caf\u00e9":1}""",
        """{"id":"m1","categories":["a",null,"b"],"categories":[]}""",
        """{"id":"m1","expiration_date":"2027-01-31T23:59:59Z","score":1e-3,"score_breakdown":{}}""",
        """{"id":"m1","ID":"other","Memory":"other","additional_properties":{"a":1},"metadata":{}}""",
        """{"id":"m1","score_breakdown":{"semantic":null,"bm25":2,"bm25":3,"x":"y"}}""",
        "{\"id\":\"m1\",\"memory\":\"line\\nbreak \\\"quoted\\\" \\u00e9\",\"categories\":[\"\\u00e9\"]}",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Reads_every_body_as_the_metadata_path_does(string body)
    {
        var (read, expected) = ShouldReadAsReference<Mem0Memory, Mem0MemoryConverter>(body, Sdk);

        read.RunId.Should().Be(expected.RunId);
        read.Memory.Should().Be(expected.Memory);
        (read.AdditionalProperties?.GetType()).Should().Be(expected.AdditionalProperties?.GetType());
        (read.Categories?.GetType()).Should().Be(expected.Categories?.GetType());
    }

    [Fact]
    public void Knows_every_member_the_models_declare()
    {
        // A member added to the model must be added to the full body here, and then to the converter, or this fails.
        var memoryMembers = Members<Mem0Memory>();
        var breakdownMembers = Members<Mem0ScoreBreakdown>();
        using var full = JsonDocument.Parse(Full);
        full.RootElement.EnumerateObject().Select(p => p.Name).Should().Contain(memoryMembers);
        full.RootElement.GetProperty("score_breakdown").EnumerateObject().Select(p => p.Name).Should().Contain(breakdownMembers);

        var read = JsonSerializer.Deserialize(Full, Info<Mem0Memory>(Sdk))!;

        read.AdditionalProperties!.Keys.Should().BeEquivalentTo("region", "extra");
        read.ScoreBreakdown!.AdditionalProperties!.Keys.Should().BeEquivalentTo("rerank");
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Writes_the_same_bytes_as_the_metadata_path(string body)
    {
        ShouldWriteAsReference(JsonSerializer.Deserialize(body, Info<Mem0Memory>(Reference))!, Sdk);
    }

    [Fact]
    public void Writes_a_memory_built_by_the_model_factory_as_the_metadata_path_does()
    {
        var memory = Mem0ModelFactory.Mem0Memory("m1", "Likes tea", userId: "alice", runId: "r1", categories: ["food"], score: 0.5,
            expirationDate: new DateOnly(2027, 1, 31), createdAt: new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(2)));

        ShouldWriteAsReference(memory, Sdk);
    }

    [Theory]
    [InlineData("""{"memory":"no id"}""")]
    [InlineData("""{"id":1}""")]
    [InlineData("""{"id":"m1","memory":{}}""")]
    [InlineData("""{"id":"m1","score":"0.5"}""")]
    [InlineData("""{"id":"m1","score":true}""")]
    [InlineData("""{"id":"m1","synthesized":"yes"}""")]
    [InlineData("""{"id":"m1","categories":"food"}""")]
    [InlineData("""{"id":"m1","categories":[1]}""")]
    [InlineData("""{"id":"m1","categories":[["a"]]}""")]
    [InlineData("""{"id":"m1","metadata":[1]}""")]
    [InlineData("""{"id":"m1","metadata":"x"}""")]
    [InlineData("""{"id":"m1","structured_attributes":3}""")]
    [InlineData("""{"id":"m1","created_at":"yesterday"}""")]
    [InlineData("""{"id":"m1","created_at":5}""")]
    [InlineData("""{"id":"m1","expiration_date":"31/01/2027"}""")]
    [InlineData("""{"id":"m1","score_breakdown":[]}""")]
    [InlineData("""{"id":"m1","score_breakdown":{"bm25":"high"}}""")]
    [InlineData("""["m1"]""")]
    [InlineData("\"m1\"")]
    public void Refuses_what_the_metadata_path_refuses(string body) => ShouldBeRefusedByBoth<Mem0Memory>(body, Sdk);

    [Fact]
    public void Keeps_an_unknown_member_name_that_is_not_utf8_as_the_metadata_path_does()
    {
        byte[] body = [.. "{\"id\":\"m1\",\""u8, 0xC3, 0x28, .. "\":1}"u8];

        var read = JsonSerializer.Deserialize(body, Info<Mem0Memory>(Sdk))!;
        var expected = JsonSerializer.Deserialize(body, Info<Mem0Memory>(Reference))!;

        read.AdditionalProperties!.Keys.Should().Equal(expected.AdditionalProperties!.Keys);
    }

    [Fact]
    public void Refuses_a_null_id_as_every_required_member()
    {
        var read = () => JsonSerializer.Deserialize("""{"id":null,"memory":"x"}""", Info<Mem0Memory>(Sdk));

        read.Should().Throw<JsonException>().WithMessage("*'id'*null*");
    }

    [Fact]
    public void A_search_answer_reads_every_memory_through_the_converter()
    {
        var body = $$"""{"results":[{{Full}},{"id":"m2","session_id":"s2"}]}""";

        var response = JsonSerializer.Deserialize(body, Info<Mem0SearchMemoriesResponse>(Sdk))!;

        response.Results.Select(m => m.Id).Should().Equal("m1", "m2");
        response.Results[0].ScoreBreakdown!.AdditionalProperties!["rerank"].GetDouble().Should().Be(0.5);
        response.Results[0].Metadata!["n"]![2]!["x"].Should().BeNull();
        response.Results[1].RunId.Should().Be("s2");
    }
}
