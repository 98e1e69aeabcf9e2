using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class Mem0AddTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private EmulatorApi Mem0 => fixture.Mem0;

    [Fact]
    public async Task Verbatim_add_stores_one_memory_per_message_and_answers_inline()
    {
        var user = EmulatorFixture.NewId("alice");

        var response = await Mem0.PostAsync("v3/memories/add/", $$"""
            {"messages": [{"role": "user", "content": "I love pizza. I live in Paris."}, {"role": "assistant", "content": "Noted!"}],
             "user_id": "{{user}}", "infer": false, "metadata": {"source": "import"} }
            """);

        response.Code.Should().Be(200);
        response.Body["message"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        response.Body["status"]!.GetValue<string>().Should().Be("SUCCEEDED");
        response.Body["event_id"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        var results = response.Body["results"]!.AsArray();
        results.Should().HaveCount(2);
        results[0]!["event"]!.GetValue<string>().Should().Be("ADD");
        results[0]!["data"]!["memory"]!.GetValue<string>().Should().Be("I love pizza. I live in Paris.");
        results[1]!["data"]!["memory"]!.GetValue<string>().Should().Be("Noted!");
        Guid.TryParse(results[0]!["id"]!.GetValue<string>(), out _).Should().BeTrue();

        var stored = await Mem0.GetAsync($"v1/memories/{results[0]!["id"]}/");
        stored.Body["user_id"]!.GetValue<string>().Should().Be(user);
        stored.Body["metadata"]!["source"]!.GetValue<string>().Should().Be("import");
        stored.Body["session_id"].Should().BeNull();
        stored.Body.ContainsKey("structured_attributes").Should().BeTrue();
    }

    [Fact]
    public async Task Inferred_add_is_pending_then_the_event_reports_each_user_sentence()
    {
        var user = EmulatorFixture.NewId("bob");

        var response = await Mem0.PostAsync("v3/memories/add/", $$"""
            {"messages": [{"role": "user", "content": "I am vegetarian. My sister lives in Oslo!"},
                          {"role": "assistant", "content": "I will remember that."}],
             "user_id": "{{user}}", "agent_id": "concierge"}
            """);

        response.Code.Should().Be(200);
        response.Body.Select(p => p.Key).Should().BeEquivalentTo("event_id", "status");
        response.Body["status"]!.GetValue<string>().Should().Be("PENDING");

        var evt = await Mem0.GetAsync($"v1/event/{response.Body["event_id"]}/");
        evt.Code.Should().Be(200);
        evt.Body["status"]!.GetValue<string>().Should().Be("SUCCEEDED");
        evt.Body["event_type"]!.GetValue<string>().Should().Be("ADD");
        evt.Body["results"]!.AsArray().Select(r => r!["data"]!["memory"]!.GetValue<string>())
            .Should().Equal("I am vegetarian.", "My sister lives in Oslo!");

        // User facts belong to the user, not to the agent in the conversation; the assistant line is skipped.
        var list = await Mem0.PostAsync("v3/memories/", $$"""{"filters": {"user_id": "{{user}}"} }""");
        list.Body["count"]!.GetValue<int>().Should().Be(2);
        list.Body["results"]!.AsArray().Should().OnlyContain(m => m!["agent_id"] == null);
    }

    [Fact]
    public async Task Inferred_add_attributes_assistant_messages_when_agent_id_is_the_only_id()
    {
        var agent = EmulatorFixture.NewId("agent");

        await Mem0.PostAsync("v3/memories/add/", $$"""
            {"messages": [{"role": "assistant", "content": "I speak French and German."}], "agent_id": "{{agent}}"}
            """);

        var texts = await Mem0Seed.ListTextsAsync(Mem0, $$"""{"agent_id": "{{agent}}"}""");
        texts.Should().Equal("I speak French and German.");
    }

    [Fact]
    public async Task Add_without_any_entity_id_is_400_with_the_add_error_shape()
    {
        var response = await Mem0.PostAsync("v3/memories/add/", """{"messages": [{"role": "user", "content": "hi"}]}""");

        response.Code.Should().Be(400);
        response.Body["error"]!.GetValue<string>().Should().Be("400 Bad Request");
        response.Body["details"]!["message"]!.GetValue<string>().Should().Contain("At least one entity ID is required");
    }

    [Fact]
    public async Task Add_with_empty_messages_is_400()
    {
        var response = await Mem0.PostAsync("v3/memories/add/", """{"messages": [], "user_id": "u"}""");

        response.Code.Should().Be(400);
        response.Body["details"]!["message"]!.GetValue<string>().Should().Contain("messages");
    }

    [Fact]
    public async Task Timestamp_backdates_and_past_expiration_hides_unless_show_expired()
    {
        var user = EmulatorFixture.NewId("carol");
        var id = await Mem0Seed.AddOneAsync(Mem0, user, "Old coupon code ABC.", "\"timestamp\": 1700000000, \"expiration_date\": \"2020-01-01\"");

        var memory = await Mem0.GetAsync($"v1/memories/{id}/");
        memory.Body["created_at"]!.GetValue<string>().Should().StartWith("2023-11-14T22:13:20");
        memory.Body["expiration_date"]!.GetValue<string>().Should().Be("2020-01-01");

        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""")).Should().BeEmpty();
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""", "\"show_expired\": true")).Should().Equal("Old coupon code ABC.");
    }

    [Fact]
    public async Task Event_stays_pending_for_the_configured_number_of_polls()
    {
        await using var slow = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { Mem0EventPendingPolls = 2 });
        using var client = new HttpClient { BaseAddress = slow.Mem0BaseAddress };
        client.DefaultRequestHeaders.Add("Authorization", "Token k");
        var api = new EmulatorApi(client);

        var add = await api.PostAsync("v3/memories/add/", """{"messages": [{"role": "user", "content": "I like tea."}], "user_id": "u1"}""");
        var path = $"v1/event/{add.Body["event_id"]}/";

        var statuses = new List<string>();
        for (var i = 0; i < 3; i++) statuses.Add((await api.GetAsync(path)).Body["status"]!.GetValue<string>());

        statuses.Should().Equal("PENDING", "PENDING", "SUCCEEDED");
        (await api.GetAsync(path)).Body["results"]!.AsArray().Should().HaveCount(1);
    }

    [Fact]
    public async Task Custom_categories_replace_the_default_list()
    {
        var user = EmulatorFixture.NewId("dave");
        var id = await Mem0Seed.AddOneAsync(Mem0, user, "My dog Rex needs a vet visit.",
            """
            "custom_categories": [{"pets": "Animals the user owns, like a dog or cat"}, {"finance": "Money matters"}]
            """);

        var memory = await Mem0.GetAsync($"v1/memories/{id}/");

        memory.Body["categories"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("pets");
    }
}
