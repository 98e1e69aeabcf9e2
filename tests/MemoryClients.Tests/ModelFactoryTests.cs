using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.Tests;

/// <summary>
/// The model factories build every field the wire fills: a model built from a parsed one's values writes the same JSON
/// as the parsed one.
/// </summary>
public sealed class ModelFactoryTests
{
    private const string MemoryJson = """
        {"id":"m1","memory":"Likes tea","user_id":"alice","agent_id":"helper","app_id":"app","run_id":"trip",
         "session_id":"trip-s","metadata":{"topic":"food"},"categories":["food"],"score":0.9,
         "score_breakdown":{"semantic":0.8,"bm25":0.1,"entity":0.05},"structured_attributes":{"year":2026},
         "replaced_by":"m2","synthesized":true,"immutable":false,"expiration_date":"2027-01-31",
         "created_at":"2026-12-01T10:00:00+00:00","updated_at":"2026-12-02T10:00:00+00:00","lifecycle_state":"active"}
        """;

    [Fact]
    public void A_memory_built_by_the_factory_writes_what_the_wire_said()
    {
        var read = JsonSerializer.Deserialize(MemoryJson, Mem0JsonContext.Default.Mem0Memory)!;

        var built = Mem0ModelFactory.Mem0Memory(
            read.Id, read.Memory, read.UserId, read.AgentId, read.AppId, read.RunId, read.SessionId, read.Metadata, read.Categories,
            read.Score, Mem0ModelFactory.Mem0ScoreBreakdown(read.ScoreBreakdown!.Semantic, read.ScoreBreakdown.Bm25, read.ScoreBreakdown.Entity),
            read.StructuredAttributes, read.ReplacedBy, read.Synthesized, read.Immutable, read.ExpirationDate, read.CreatedAt,
            read.UpdatedAt, read.LifecycleState);

        JsonNode.DeepEquals(Json(built, Mem0JsonContext.Default.Mem0Memory), JsonNode.Parse(MemoryJson)).Should().BeTrue();
    }

    [Fact]
    public void Pages_and_search_answers_hold_what_they_were_given()
    {
        var memory = Mem0ModelFactory.Mem0Memory("m1", "Likes tea", sessionId: "trip");

        var page = Mem0ModelFactory.Mem0PagedResponse([memory], count: 3, next: "https://api.example.test/v1/memories/?page=2");
        var search = Mem0ModelFactory.Mem0SearchMemoriesResponse([memory]);

        page.Results.Should().ContainSingle().Which.RunId.Should().Be("trip", "the run id falls back to the session id as on the wire");
        page.Count.Should().Be(3);
        page.Next.Should().EndWith("page=2");
        page.Previous.Should().BeNull();
        search.Results.Should().Equal(memory);
        Mem0ModelFactory.Mem0SearchMemoriesResponse().Results.Should().BeEmpty();
    }

    [Fact]
    public void An_episode_built_by_the_factory_writes_what_the_wire_said()
    {
        const string json = """
            {"uid":"e1","content":"Likes tea","session_key":"org/project","created_at":"2026-12-01T10:00:00+00:00",
             "producer_id":"alice","producer_role":"user","produced_for_id":"helper","sequence_num":7,"episode_type":"message",
             "content_type":"string","filterable_metadata":{"topic":"food"},"metadata":{"source":"chat"}}
            """;
        var read = JsonSerializer.Deserialize(json, MemMachineJsonContext.Default.MemMachineEpisode)!;

        var built = MemMachineModelFactory.MemMachineEpisode(
            read.Uid, read.Content, read.SessionKey, read.CreatedAt, read.ProducerId, read.ProducerRole, read.ProducedForId,
            read.SequenceNum, read.EpisodeType, read.ContentType, read.FilterableMetadata, read.Metadata);

        JsonNode.DeepEquals(Json(built, MemMachineJsonContext.Default.MemMachineEpisode), JsonNode.Parse(json)).Should().BeTrue();
    }

    private static JsonNode Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) =>
        JsonNode.Parse(JsonSerializer.Serialize(value, info))!;
}
