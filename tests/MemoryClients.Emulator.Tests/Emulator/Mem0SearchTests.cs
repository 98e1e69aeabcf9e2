using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class Mem0SearchTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private EmulatorApi Mem0 => fixture.Mem0;

    private async Task<string> SeedAsync()
    {
        var user = EmulatorFixture.NewId("searcher");
        await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{user}\"", "I love pizza and pasta", "Pizza is great on Fridays", "I live in Paris");
        return user;
    }

    [Fact]
    public async Task Results_are_ranked_lexically_with_scores_in_0_to_1_and_the_threshold_drops_misses()
    {
        var user = await SeedAsync();

        var response = await Mem0.PostAsync("v3/memories/search/", $$"""{"query": "pizza pasta", "filters": {"user_id": "{{user}}"} }""");

        response.Code.Should().Be(200);
        var results = response.Body["results"]!.AsArray();
        results.Select(r => r!["memory"]!.GetValue<string>()).Should().Equal("I love pizza and pasta", "Pizza is great on Fridays");
        var scores = results.Select(r => r!["score"]!.GetValue<double>()).ToList();
        scores[0].Should().Be(1.0);
        scores[1].Should().BeInRange(0.1, 0.99);
        results[0]!["run_id"].Should().BeNull();
        results[0]!.AsObject().ContainsKey("run_id").Should().BeTrue();
        results[0]!["score_breakdown"]!["bm25"]!.GetValue<double>().Should().Be(1.0);
    }

    [Fact]
    public async Task Threshold_zero_keeps_every_candidate()
    {
        var user = await SeedAsync();

        var response = await Mem0.PostAsync("v3/memories/search/", $$"""{"query": "pizza", "filters": {"user_id": "{{user}}"}, "threshold": 0}""");

        var results = response.Body["results"]!.AsArray();
        results.Should().HaveCount(3);
        results[2]!["memory"]!.GetValue<string>().Should().Be("I live in Paris");
        results[2]!["score"]!.GetValue<double>().Should().Be(0);
    }

    [Fact]
    public async Task Top_k_limits_the_results()
    {
        var user = await SeedAsync();

        var response = await Mem0.PostAsync("v3/memories/search/", $$"""{"query": "pizza", "filters": {"user_id": "{{user}}"}, "top_k": 1}""");

        response.Body["results"]!.AsArray().Should().ContainSingle()
            .Which!["memory"]!.GetValue<string>().Should().Be("Pizza is great on Fridays");
    }

    [Theory]
    [InlineData("""{"query": "", "filters": {"user_id": "u"}}""", "query")]
    [InlineData("""{"query": "x", "filters": {"user_id": "u"}, "top_k": 0}""", "top_k")]
    [InlineData("""{"query": "x", "filters": {"user_id": "u"}, "top_k": 1001}""", "top_k")]
    [InlineData("""{"query": "x", "filters": {"user_id": "u"}, "threshold": 1.5}""", "threshold")]
    [InlineData("""{"query": "x", "user_id": "u", "filters": {"user_id": "u"}}""", "Top-level entity parameters")]
    [InlineData("""{"query": "x"}""", "Filters are required")]
    public async Task Invalid_search_requests_are_400(string body, string reason)
    {
        var response = await Mem0.PostAsync("v3/memories/search/", body);

        response.Code.Should().Be(400);
        response.Body["error"]!.GetValue<string>().Should().Contain(reason);
    }

    [Fact]
    public async Task Top_level_metadata_and_categories_narrow_the_candidates()
    {
        var user = EmulatorFixture.NewId("narrow");
        await Mem0Seed.AddOneAsync(Mem0, user, "Pizza night with friends", "\"metadata\": {\"kind\": \"social\"}");
        await Mem0Seed.AddOneAsync(Mem0, user, "Pizza dough recipe", "\"metadata\": {\"kind\": \"recipe\"}");

        var response = await Mem0.PostAsync("v3/memories/search/",
            $$"""{"query": "pizza", "filters": {"user_id": "{{user}}"}, "metadata": {"kind": "recipe"}, "categories": ["food"]}""");

        response.Body["results"]!.AsArray().Select(r => r!["memory"]!.GetValue<string>()).Should().Equal("Pizza dough recipe");
    }
}
