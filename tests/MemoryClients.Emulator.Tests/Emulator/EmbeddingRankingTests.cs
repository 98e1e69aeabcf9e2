using System.Text.Json.Nodes;
using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>Search with <see cref="MemoryEmulatorOptions.EmbeddingGenerator"/>: cosine similarity ranks, each text is embedded once.</summary>
public sealed class EmbeddingRankingTests : IAsyncLifetime, IDisposable
{
    private readonly KeywordEmbeddingGenerator _embedder = new();
    private readonly EmbeddingFixture _fixture;

    public EmbeddingRankingTests() => _fixture = new EmbeddingFixture(_embedder);

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public void Dispose() => _embedder.Dispose();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Mem0_search_ranks_by_cosine_similarity_and_reports_it_as_the_semantic_score()
    {
        var user = EmulatorFixture.NewId("cos");
        await Mem0Seed.AddVerbatimAsync(_fixture.Mem0, $"\"user_id\": \"{user}\"", "I moved to Paris last year.", "I'm vegetarian.", "The meeting is at noon.");

        var results = await SearchAsync(user, "What can Alice eat?");

        // The others share only the constant dimension: cosines of about 0.0995 and 0.0099, under the default threshold of 0.1.
        results.Select(r => r["memory"]!.GetValue<string>()).Should().Equal("I'm vegetarian.");
        results[0]["score"]!.GetValue<double>().Should().BeApproximately(1.0, 0.01);
        results[0]["score_breakdown"]!["semantic"]!.GetValue<double>().Should().Be(results[0]["score"]!.GetValue<double>());
    }

    [Fact]
    public async Task Each_memory_is_embedded_once_however_often_it_is_searched()
    {
        var user = EmulatorFixture.NewId("cache");
        await Mem0Seed.AddVerbatimAsync(_fixture.Mem0, $"\"user_id\": \"{user}\"", "A memory about food.");

        await SearchAsync(user, "food?");
        await SearchAsync(user, "food?");
        await SearchAsync(user, "where do I live?");

        _embedder.Embedded.Should().Equal("food?", "A memory about food.", "where do I live?");
    }

    [Fact]
    public async Task MemMachine_long_term_and_semantic_search_rank_by_meaning()
    {
        var project = EmulatorFixture.NewId("mm-cos");
        var added = await _fixture.MemMachine.PostAsync("memories", $$"""
            {"project_id": "{{project}}", "messages": [{"content": "I'm vegetarian.", "producer": "alice", "role": "user"},
                                                        {"content": "The meeting is at noon.", "producer": "alice", "role": "user"}]}
            """);
        added.Code.Should().Be(200, added.Text);

        var found = await _fixture.MemMachine.PostAsync("memories/search", $$"""
            {"project_id": "{{project}}", "query": "What can Alice eat?", "top_k": 1}
            """);

        found.Body["content"]!["episodic_memory"]!["long_term_memory"]!["episodes"]!.AsArray().Select(e => e!["content"]!.GetValue<string>())
            .Should().Equal("I'm vegetarian.");
        found.Body["content"]!["semantic_memory"]!.AsArray().Select(f => f!["value"]!.GetValue<string>()).Should().Equal("I'm vegetarian.");
    }

    private async Task<List<JsonObject>> SearchAsync(string user, string query)
    {
        var response = await _fixture.Mem0.PostAsync("v3/memories/search/", $$$"""{"query": "{{{query}}}", "filters": {"user_id": "{{{user}}}"}}""");
        response.Code.Should().Be(200, response.Text);
        return [.. response.Body["results"]!.AsArray().Select(r => r!.AsObject())];
    }

    private sealed class EmbeddingFixture(KeywordEmbeddingGenerator embedder) : EmulatorFixture
    {
        protected override MemoryEmulatorOptions Options => new() { Mem0ApiKey = Mem0Key, MemMachineApiKey = MemMachineKey, EmbeddingGenerator = embedder };
    }
}
