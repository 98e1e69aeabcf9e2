using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class Mem0DeleteAllAndEntityTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private EmulatorApi Mem0 => fixture.Mem0;

    [Fact]
    public async Task Delete_all_needs_at_least_one_filter()
    {
        var response = await Mem0.DeleteAsync("v1/memories/");

        response.Code.Should().Be(400);
        response.Body["error"]!.GetValue<string>().Should().Contain("At least one filter");
    }

    [Fact]
    public async Task Delete_all_removes_only_the_matching_entity_and_returns_an_event()
    {
        var doomed = EmulatorFixture.NewId("doomed");
        var kept = EmulatorFixture.NewId("kept");
        await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{doomed}\"", "a", "b");
        await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{kept}\"", "c");

        var response = await Mem0.DeleteAsync($"v1/memories/?user_id={doomed}");

        response.Code.Should().Be(200);
        response.Body["message"]!.GetValue<string>().Should().Be("Delete in progress. This may take some time.");
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{doomed}}"}""")).Should().BeEmpty();
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{kept}}"}""")).Should().Equal("c");
        var evt = await Mem0.GetAsync($"v1/event/{response.Body["event_id"]}/");
        evt.Body["event_type"]!.GetValue<string>().Should().Be("DELETE");
        evt.Body["results"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task Delete_all_wildcard_matches_any_value_of_that_field_only()
    {
        var user = EmulatorFixture.NewId("wild");
        await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{user}\", \"run_id\": \"{user}-r1\"", "in a run");
        await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{user}\"", "no run");

        await Mem0.DeleteAsync($"v1/memories/?user_id={user}&run_id=*");

        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""")).Should().Equal("no run");
    }

    [Fact]
    public async Task Entities_are_listed_with_totals_and_deleted_with_their_memories()
    {
        var user = EmulatorFixture.NewId("ent");
        var agent = EmulatorFixture.NewId("bot");
        await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{user}\"", "m1", "m2");
        await Mem0Seed.AddVerbatimAsync(Mem0, $"\"agent_id\": \"{agent}\"", "m3");

        var list = await Mem0.GetAsync("v1/entities/?page=1&page_size=200");
        list.Code.Should().Be(200);
        var results = list.Body["results"]!.AsArray();
        var entity = results.Single(e => e!["name"]!.GetValue<string>() == user)!;
        entity["type"]!.GetValue<string>().Should().Be("user");
        entity["total_memories"]!.GetValue<int>().Should().Be(2);
        entity["id"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        list.Body["total_users"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(1);
        list.Body["total_agents"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(1);
        list.Body.ContainsKey("next").Should().BeTrue();

        var deleted = await Mem0.DeleteAsync($"v2/entities/user/{user}/");
        deleted.Code.Should().Be(200);
        deleted.Body["event_id"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""")).Should().BeEmpty();
        var after = await Mem0.GetAsync("v1/entities/?page_size=200");
        after.Body["results"]!.AsArray().Should().NotContain(e => e!["name"]!.GetValue<string>() == user);

        // The deprecated v1 route deletes by the entity's id.
        var agentEntity = after.Body["results"]!.AsArray().Single(e => e!["name"]!.GetValue<string>() == agent)!;
        (await Mem0.DeleteAsync($"v1/entities/agent/{agentEntity["id"]}/")).Code.Should().Be(200);
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"agent_id": "{{agent}}"}""")).Should().BeEmpty();
    }

    [Fact]
    public async Task Entity_delete_with_an_unknown_type_is_400_with_a_message_body()
    {
        var response = await Mem0.DeleteAsync("v2/entities/robot/x/");

        response.Code.Should().Be(400);
        response.Body["message"]!.GetValue<string>().Should().Contain("Invalid entity type");
    }
}
