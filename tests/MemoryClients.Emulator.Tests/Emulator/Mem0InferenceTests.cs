using System.Text.Json.Nodes;
using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary><c>infer: true</c> with the built-in rules: statements become memories, and what is already held is not stored again.</summary>
public sealed class Mem0InferenceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private EmulatorApi Mem0 => fixture.Mem0;

    [Fact]
    public async Task Questions_and_small_talk_are_not_stored_as_memories()
    {
        var user = EmulatorFixture.NewId("talk");

        var results = await InferAsync(user, "Hi there! What is my favourite food?", "My favourite food is pasta.", "Thanks, that's all.",
            "Can you remind me tomorrow?", "Tell me a joke.");

        results.Select(Describe).Should().Equal("ADD My favourite food is pasta.");
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""")).Should().Equal("My favourite food is pasta.");
    }

    [Fact]
    public async Task A_fact_already_held_is_a_NOOP_and_is_not_stored_again()
    {
        var user = EmulatorFixture.NewId("noop");
        var first = await InferAsync(user, "I am vegetarian and allergic to peanuts.");

        var again = await InferAsync(user, "I'm vegetarian and allergic to peanuts!");

        again.Select(Describe).Should().Equal("NOOP I am vegetarian and allergic to peanuts.");
        again[0]["id"]!.GetValue<string>().Should().Be(first[0]["id"]!.GetValue<string>());
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""")).Should().Equal("I am vegetarian and allergic to peanuts.");
    }

    [Fact]
    public async Task A_new_value_for_a_held_attribute_is_an_UPDATE_that_supersedes_the_old_memory()
    {
        var user = EmulatorFixture.NewId("update");
        var first = await InferAsync(user, "My favourite food is pasta.", "I live in Berlin.");

        var changed = await InferAsync(user, "My favourite food is sushi.", "I live in Munich now.", "I am vegetarian.");

        changed.Select(Describe).Should().Equal("UPDATE My favourite food is sushi.", "UPDATE I live in Munich now.", "ADD I am vegetarian.");
        changed[0]["previous_memory"]!.GetValue<string>().Should().Be("My favourite food is pasta.");
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""", "\"latest_only\": true"))
            .Should().BeEquivalentTo("My favourite food is sushi.", "I live in Munich now.", "I am vegetarian.");
        var old = await Mem0.GetAsync($"v1/memories/{first[0]["id"]}/");
        old.Body["replaced_by"]!.GetValue<string>().Should().Be(changed[0]["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Facts_of_one_message_are_reconciled_with_each_other_too()
    {
        var user = EmulatorFixture.NewId("same");

        var results = await InferAsync(user, "I love jazz. I love jazz!");

        results.Select(Describe).Should().Equal("ADD I love jazz.", "NOOP I love jazz.");
    }

    private async Task<List<JsonObject>> InferAsync(string user, params string[] userMessages)
    {
        var messages = new JsonArray([.. userMessages.Select(m => (JsonNode)new JsonObject { ["role"] = "user", ["content"] = m })]);
        var added = await Mem0.PostAsync("v3/memories/add/", $$"""{"messages": {{messages.ToJsonString()}}, "user_id": "{{user}}"}""");
        added.Code.Should().Be(200, added.Text);
        var evt = await Mem0.GetAsync($"v1/event/{added.Body["event_id"]}/");
        return [.. evt.Body["results"]!.AsArray().Select(r => r!.AsObject())];
    }

    private static string Describe(JsonObject result) => $"{result["event"]} {result["data"]!["memory"]}";
}
