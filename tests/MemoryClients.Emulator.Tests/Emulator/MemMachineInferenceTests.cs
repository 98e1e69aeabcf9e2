using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>MemMachine keeps every message as an episode; its semantic memory holds statements, once, with their latest value.</summary>
public sealed class MemMachineInferenceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private EmulatorApi Mm => fixture.MemMachine;

    [Fact]
    public async Task Questions_and_small_talk_are_episodes_but_not_semantic_features()
    {
        var project = EmulatorFixture.NewId("mm-talk");

        await AddAsync(project, "Hello!", "What do I like to eat?", "I love sushi.");

        (await ListAsync(project, "episodic", "content")).Should().Equal("Hello!", "What do I like to eat?", "I love sushi.");
        (await ListAsync(project, "semantic", "value")).Should().Equal("I love sushi.");
    }

    [Fact]
    public async Task A_held_fact_is_cited_again_not_duplicated_and_a_new_value_updates_the_feature()
    {
        var project = EmulatorFixture.NewId("mm-facts");
        var first = await AddAsync(project, "My favourite food is pasta.");
        var again = await AddAsync(project, "My favourite food is pasta!");

        var features = await FeaturesAsync(project);
        features.Should().ContainSingle();
        features[0]!["metadata"]!["citations"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal(first[0], again[0]);
        var id = features[0]!["metadata"]!["id"]!.GetValue<string>();

        await AddAsync(project, "My favourite food is sushi.");

        features = await FeaturesAsync(project);
        features.Should().ContainSingle();
        features[0]!["value"]!.GetValue<string>().Should().Be("My favourite food is sushi.");
        features[0]!["feature_name"]!.GetValue<string>().Should().Be("favourite_food");
        features[0]!["metadata"]!["id"]!.GetValue<string>().Should().Be(id);
    }

    private async Task<List<string>> AddAsync(string project, params string[] contents)
    {
        var messages = string.Join(", ", contents.Select(c => $$"""{"content": "{{c}}", "producer": "alice", "role": "user"}"""));
        var response = await Mm.PostAsync("memories", $$"""{"project_id": "{{project}}", "messages": [{{messages}}]}""");
        response.Code.Should().Be(200, response.Text);
        return [.. response.Body["results"]!.AsArray().Select(r => r!["uid"]!.GetValue<string>())];
    }

    private async Task<System.Text.Json.Nodes.JsonArray> FeaturesAsync(string project) =>
        (await Mm.PostAsync("memories/list", $$"""{"project_id": "{{project}}", "type": "semantic"}""")).Body["content"]!["semantic_memory"]!.AsArray();

    private async Task<List<string>> ListAsync(string project, string type, string field)
    {
        var list = await Mm.PostAsync("memories/list", $$"""{"project_id": "{{project}}", "type": "{{type}}"}""");
        return [.. list.Body["content"]![type + "_memory"]!.AsArray().Select(e => e![field]!.GetValue<string>())];
    }
}
