using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class Mem0ListTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private EmulatorApi Mem0 => fixture.Mem0;

    [Fact]
    public async Task Paging_uses_the_DRF_envelope_with_absolute_links_from_the_request()
    {
        var user = EmulatorFixture.NewId("pager");
        await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{user}\"", "one", "two", "three", "four", "five");
        var body = $$"""{"filters": {"user_id": "{{user}}"} }""";

        var first = await Mem0.PostAsync("v3/memories/?page=1&page_size=2", body);

        first.Code.Should().Be(200);
        first.Body["count"]!.GetValue<int>().Should().Be(5);
        first.Body["previous"].Should().BeNull();
        var next = first.Body["next"]!.GetValue<string>();
        next.Should().Be($"{fixture.Emulator.Mem0BaseAddress}v3/memories/?page=2&page_size=2");

        // Following next means re-posting the same body to the absolute link.
        var second = await Mem0.PostAsync(next, body);
        second.Body["results"]!.AsArray().Should().HaveCount(2);
        second.Body["previous"]!.GetValue<string>().Should().Be($"{fixture.Emulator.Mem0BaseAddress}v3/memories/?page_size=2");

        var third = await Mem0.PostAsync(second.Body["next"]!.GetValue<string>(), body);
        third.Body["next"].Should().BeNull();
        third.Body["previous"]!.GetValue<string>().Should().EndWith("v3/memories/?page=2&page_size=2");

        var texts = new[] { first, second, third }
            .SelectMany(p => p.Body["results"]!.AsArray().Select(r => r!["memory"]!.GetValue<string>()));
        texts.Should().BeEquivalentTo("one", "two", "three", "four", "five");
    }

    [Fact]
    public async Task Newest_memories_come_first()
    {
        var user = EmulatorFixture.NewId("order");
        await Mem0Seed.AddOneAsync(Mem0, user, "older", "\"timestamp\": 1600000000");
        await Mem0Seed.AddOneAsync(Mem0, user, "newer", "\"timestamp\": 1700000000");

        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""")).Should().Equal("newer", "older");
    }

    [Fact]
    public async Task Page_beyond_the_last_is_404_invalid_page()
    {
        var user = EmulatorFixture.NewId("beyond");
        await Mem0Seed.AddOneAsync(Mem0, user, "only");

        var response = await Mem0.PostAsync("v3/memories/?page=2", $$"""{"filters": {"user_id": "{{user}}"} }""");

        response.Code.Should().Be(404);
        response.Body["detail"]!.GetValue<string>().Should().Be("Invalid page.");
    }

    [Fact]
    public async Task Empty_result_is_a_valid_first_page()
    {
        var response = await Mem0.PostAsync("v3/memories/", """{"filters": {"user_id": "nobody-at-all"}}""");

        response.Code.Should().Be(200);
        response.Body["count"]!.GetValue<int>().Should().Be(0);
        response.Body["results"]!.AsArray().Should().BeEmpty();
    }

    [Theory]
    [InlineData("page_size=0")]
    [InlineData("page_size=201")]
    [InlineData("page_size=abc")]
    public async Task Page_size_outside_1_to_200_is_400(string query)
    {
        var response = await Mem0.PostAsync("v3/memories/?" + query, """{"filters": {"user_id": "u"}}""");

        response.Code.Should().Be(400);
        response.Body["error"]!.GetValue<string>().Should().Contain("page_size");
    }

    [Fact]
    public async Task Query_page_size_wins_over_the_body()
    {
        var user = EmulatorFixture.NewId("both");
        await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{user}\"", "a", "b", "c");

        var response = await Mem0.PostAsync("v3/memories/?page_size=1", $$"""{"filters": {"user_id": "{{user}}"}, "page_size": 3}""");

        response.Body["results"]!.AsArray().Should().HaveCount(1);
    }

    [Fact]
    public async Task Top_level_entity_ids_are_rejected()
    {
        var response = await Mem0.PostAsync("v3/memories/", """{"user_id": "u", "filters": {"user_id": "u"}}""");

        response.Code.Should().Be(400);
        response.Body["error"]!.GetValue<string>().Should().Contain("Top-level entity parameters");
    }

    [Fact]
    public async Task Missing_filters_is_400()
    {
        var response = await Mem0.PostAsync("v3/memories/", "{}");

        response.Code.Should().Be(400);
        response.Body["error"]!.GetValue<string>().Should().Contain("Filters are required");
    }

    [Fact]
    public async Task Fields_projects_each_result()
    {
        var user = EmulatorFixture.NewId("fields");
        await Mem0Seed.AddOneAsync(Mem0, user, "projected");

        var response = await Mem0.PostAsync("v3/memories/", $$"""{"filters": {"user_id": "{{user}}"}, "fields": ["memory"]}""");

        response.Body["results"]![0]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("id", "memory");
    }
}
