using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class MemMachineMemoryTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private EmulatorApi Mm => fixture.MemMachine;

    private async Task<(string Project, List<string> Uids)> SeedAsync(params string[] contents)
    {
        var project = EmulatorFixture.NewId("mem");
        var messages = string.Join(", ", contents.Select((c, i) =>
            $$"""{"content": "{{c}}", "producer": "alice", "role": "user", "timestamp": "2025-01-0{{i + 1}}T00:00:00Z"}"""));
        var response = await Mm.PostAsync("memories", $$"""{"project_id": "{{project}}", "messages": [{{messages}}]}""");
        response.Code.Should().Be(200, response.Text);
        return (project, [.. response.Body["results"]!.AsArray().Select(r => r!["uid"]!.GetValue<string>())]);
    }

    [Fact]
    public async Task Add_returns_one_uid_per_message_in_order()
    {
        var (_, uids) = await SeedAsync("one", "two", "three");

        uids.Should().HaveCount(3);
        uids.Select(u => long.Parse(u, System.Globalization.CultureInfo.InvariantCulture)).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("""{"messages": []}""", "messages: List should have at least 1 item")]
    [InlineData("""{}""", "messages: Field required")]
    [InlineData("""{"messages": [{"role": "user"}]}""", "messages.0.content: Field required")]
    [InlineData("""{"messages": [{"content": "x", "metadata": {"n": 5}}]}""", "messages.0.metadata.n: Input should be a valid string")]
    [InlineData("""{"messages": [{"content": "x", "timestamp": "yesterday"}]}""", "messages.0.timestamp: Value error, Unsupported timestamp")]
    [InlineData("""{"messages": [{"content": "x"}], "types": ["Episodic"]}""", "types.0: Input should be 'semantic' or 'episodic'")]
    public async Task Add_validation_errors_are_422(string body, string message)
    {
        var response = await Mm.PostAsync("memories", body);

        response.Code.Should().Be(422);
        response.Body["code"]!.GetValue<int>().Should().Be(422);
        response.Body["message"]!.GetValue<string>().Should().Contain(message);
    }

    [Fact]
    public async Task Timestamps_accept_iso_seconds_and_milliseconds()
    {
        var project = EmulatorFixture.NewId("ts");
        await Mm.PostAsync("memories", $$"""
            {"project_id": "{{project}}", "messages": [
              {"content": "iso", "timestamp": "2024-05-06T07:08:09+02:00"},
              {"content": "seconds", "timestamp": 1700000000},
              {"content": "millis", "timestamp": 1700000000500}]}
            """);

        var list = await Mm.PostAsync("memories/list", $$"""{"project_id": "{{project}}", "type": "episodic"}""");

        var created = list.Body["content"]!["episodic_memory"]!.AsArray()
            .ToDictionary(e => e!["content"]!.GetValue<string>(), e => e!["created_at"]!.GetValue<string>());
        created["iso"].Should().StartWith("2024-05-06T05:08:09");
        created["seconds"].Should().StartWith("2023-11-14T22:13:20.000");
        created["millis"].Should().StartWith("2023-11-14T22:13:20.500");
    }

    [Fact]
    public async Task List_returns_both_types_by_default_with_the_episode_shape()
    {
        var (project, _) = await SeedAsync("I love sushi.", "My car is red.");

        var response = await Mm.PostAsync("memories/list", $$"""{"project_id": "{{project}}"}""");

        response.Code.Should().Be(200);
        response.Body["status"]!.GetValue<int>().Should().Be(0);
        var episode = response.Body["content"]!["episodic_memory"]![0]!.AsObject();
        episode["content"]!.GetValue<string>().Should().Be("I love sushi.");
        episode["session_key"]!.GetValue<string>().Should().Be("emulator/" + project);
        episode["producer_id"]!.GetValue<string>().Should().Be("alice");
        episode["producer_role"]!.GetValue<string>().Should().Be("user");
        episode["episode_type"]!.GetValue<string>().Should().Be("message");
        episode["content_type"]!.GetValue<string>().Should().Be("string");
        episode.ContainsKey("filterable_metadata").Should().BeFalse("nulls are omitted");
        var features = response.Body["content"]!["semantic_memory"]!.AsArray();
        features.Select(f => f!["value"]!.GetValue<string>()).Should().Equal("I love sushi.", "My car is red.");
        features[0]!["category"]!.GetValue<string>().Should().Be("profile");
        features[0]!["metadata"]!["citations"]![0]!.GetValue<string>().Should().Be(episode["uid"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_pages_are_zero_based_and_oldest_first_and_type_limits_the_arrays()
    {
        var (project, _) = await SeedAsync("e1", "e2", "e3", "e4", "e5");

        var page = await Mm.PostAsync("memories/list", $$"""{"project_id": "{{project}}", "type": "episodic", "page_size": 2, "page_num": 1}""");

        page.Body["content"]!["episodic_memory"]!.AsArray().Select(e => e!["content"]!.GetValue<string>()).Should().Equal("e3", "e4");
        page.Body["content"]!.AsObject().ContainsKey("semantic_memory").Should().BeFalse();
        var last = await Mm.PostAsync("memories/list", $$"""{"project_id": "{{project}}", "type": "episodic", "page_size": 2, "page_num": 2}""");
        last.Body["content"]!["episodic_memory"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task Episodic_only_add_extracts_no_semantic_features()
    {
        var project = EmulatorFixture.NewId("epi");
        await Mm.PostAsync("memories", $$"""{"project_id": "{{project}}", "types": ["episodic"], "messages": [{"content": "I love tea."}]}""");

        var list = await Mm.PostAsync("memories/list", $$"""{"project_id": "{{project}}", "type": "semantic"}""");

        list.Body["content"]!["semantic_memory"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Search_ranks_long_term_hits_returns_them_in_time_order_and_short_term_recent_episodes()
    {
        var (project, _) = await SeedAsync("I love sushi", "Sushi in Tokyo was great", "My car is red");

        var response = await Mm.PostAsync("memories/search", $$"""{"project_id": "{{project}}", "query": "sushi tokyo", "types": ["episodic"]}""");

        response.Code.Should().Be(200);
        var episodic = response.Body["content"]!["episodic_memory"]!;
        var longTerm = episodic["long_term_memory"]!["episodes"]!.AsArray();
        longTerm.Select(e => e!["content"]!.GetValue<string>()).Should().Equal("I love sushi", "Sushi in Tokyo was great");
        longTerm[1]!["score"]!.GetValue<double>().Should().Be(1.0);
        longTerm[0]!["score"]!.GetValue<double>().Should().BeInRange(0.01, 0.99);
        episodic["short_term_memory"]!["episodes"]!.AsArray().Should().HaveCount(3);
        episodic["short_term_memory"]!["episode_summary"]!.AsArray().Should().BeEmpty();
        response.Body["content"]!.AsObject().ContainsKey("semantic_memory").Should().BeFalse();
    }

    [Fact]
    public async Task Search_top_k_applies_per_store_and_score_threshold_cuts_weak_hits()
    {
        var (project, _) = await SeedAsync("I love sushi", "Sushi in Tokyo was great", "My car is red");

        var topOne = await Mm.PostAsync("memories/search", $$"""{"project_id": "{{project}}", "query": "sushi tokyo", "top_k": 1}""");
        topOne.Body["content"]!["episodic_memory"]!["long_term_memory"]!["episodes"]!.AsArray()
            .Should().ContainSingle().Which!["content"]!.GetValue<string>().Should().Be("Sushi in Tokyo was great");
        topOne.Body["content"]!["episodic_memory"]!["short_term_memory"]!["episodes"]!.AsArray().Should().ContainSingle();
        topOne.Body["content"]!["semantic_memory"]!.AsArray().Should().ContainSingle();

        var strict = await Mm.PostAsync("memories/search", $$"""{"project_id": "{{project}}", "query": "sushi tokyo", "score_threshold": 0.9, "types": ["episodic"]}""");
        strict.Body["content"]!["episodic_memory"]!["long_term_memory"]!["episodes"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task Search_finds_semantic_features_and_expand_context_adds_neighbours()
    {
        var (project, _) = await SeedAsync("Breakfast was eggs", "I love sushi", "Dinner was soup");

        var semantic = await Mm.PostAsync("memories/search", $$"""{"project_id": "{{project}}", "query": "sushi", "types": ["semantic"]}""");
        semantic.Body["content"]!["semantic_memory"]!.AsArray().Select(f => f!["value"]!.GetValue<string>()).Should().Equal("I love sushi");
        semantic.Body["content"]!.AsObject().ContainsKey("episodic_memory").Should().BeFalse();

        var expanded = await Mm.PostAsync("memories/search", $$"""{"project_id": "{{project}}", "query": "sushi", "expand_context": 1, "types": ["episodic"]}""");
        var episodes = expanded.Body["content"]!["episodic_memory"]!["long_term_memory"]!["episodes"]!.AsArray();
        episodes.Select(e => e!["content"]!.GetValue<string>()).Should().Equal("Breakfast was eggs", "I love sushi", "Dinner was soup");
        episodes.Count(e => e!.AsObject().ContainsKey("score")).Should().Be(1);
    }

    [Fact]
    public async Task Search_of_an_unknown_project_creates_it_and_returns_empty_results()
    {
        var project = EmulatorFixture.NewId("fresh");

        var response = await Mm.PostAsync("memories/search", $$"""{"project_id": "{{project}}", "query": "anything"}""");

        response.Code.Should().Be(200);
        response.Body["content"]!["episodic_memory"]!["long_term_memory"]!["episodes"]!.AsArray().Should().BeEmpty();
        (await Mm.PostAsync("projects/get", $$"""{"project_id": "{{project}}"}""")).Code.Should().Be(200);
        (await Mm.PostAsync("memories/search", "{}")).Code.Should().Be(422);
    }

    [Fact]
    public async Task Episodic_and_semantic_delete_remove_by_id()
    {
        var (project, uids) = await SeedAsync("keep me", "drop me");
        var features = (await Mm.PostAsync("memories/list", $$"""{"project_id": "{{project}}", "type": "semantic"}"""))
            .Body["content"]!["semantic_memory"]!.AsArray();
        var featureId = features.Single(f => f!["value"]!.GetValue<string>() == "keep me")!["metadata"]!["id"]!.GetValue<string>();

        var episodic = await Mm.PostAsync("memories/episodic/delete", $$"""{"project_id": "{{project}}", "episodic_ids": ["{{uids[1]}}", "999999"]}""");
        var semantic = await Mm.PostAsync("memories/semantic/delete", $$"""{"project_id": "{{project}}", "semantic_ids": ["{{featureId}}"]}""");

        episodic.Code.Should().Be(204);
        semantic.Code.Should().Be(204);
        var list = await Mm.PostAsync("memories/list", $$"""{"project_id": "{{project}}"}""");
        list.Body["content"]!["episodic_memory"]!.AsArray().Select(e => e!["content"]!.GetValue<string>()).Should().Equal("keep me");
        list.Body["content"]!["semantic_memory"]!.AsArray().Select(f => f!["value"]!.GetValue<string>()).Should().Equal("drop me");
    }

    [Fact]
    public async Task Delete_validation_and_unknown_projects()
    {
        (await Mm.PostAsync("memories/episodic/delete", """{"episodic_ids": []}""")).Code.Should().Be(422);
        (await Mm.PostAsync("memories/semantic/delete", "{}")).Code.Should().Be(422);
        var unknown = await Mm.PostAsync("memories/episodic/delete", """{"project_id": "no-such-project", "episodic_ids": ["1"]}""");
        unknown.Code.Should().Be(404);
        unknown.Body["message"]!.GetValue<string>().Should().Be("Project does not exist");
    }
}
