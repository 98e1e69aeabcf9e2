using System.Text.Json.Nodes;
using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>With <see cref="MemoryEmulatorOptions.InferenceChatClient"/>, facts come from the model; bad answers fall back to the rules.</summary>
public sealed class InferenceChatClientTests : IAsyncLifetime, IDisposable
{
    private readonly FakeChatClient _model = new();
    private readonly ChatFixture _fixture;

    public InferenceChatClientTests() => _fixture = new ChatFixture(_model);

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public void Dispose() => _model.Dispose();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Mem0_stores_the_facts_the_model_extracts_and_sends_it_the_conversation()
    {
        _model.Answer = _ => """
            Here you go:
            ```json
            {"facts": ["Is vegetarian", "Is allergic to peanuts"]}
            ```
            """;
        var user = EmulatorFixture.NewId("llm");

        var results = await InferAsync(user, "Quick question before dinner: I'm vegetarian, and peanuts make me ill. What should I cook?");

        results.Should().Equal("ADD Is vegetarian", "ADD Is allergic to peanuts");
        _model.Prompts.Should().ContainSingle().Which.Should().Contain("peanuts make me ill");
        (await InferAsync(user, "As I said, I'm vegetarian.")).Should().Equal("NOOP Is vegetarian", "NOOP Is allergic to peanuts");
    }

    [Theory]
    [InlineData("I can't help with that.")]
    [InlineData("""{"facts": "vegetarian"}""")]
    [InlineData("""{"facts": [42]}""")]
    [InlineData("""{"memories": ["Is vegetarian"]}""")]
    public async Task An_answer_that_is_not_a_fact_list_falls_back_to_the_rules(string answer)
    {
        _model.Answer = _ => answer;

        var results = await InferAsync(EmulatorFixture.NewId("bad"), "I'm vegetarian. What should I cook?");

        results.Should().Equal("ADD I'm vegetarian.");
    }

    [Fact]
    public async Task A_failing_model_falls_back_to_the_rules()
    {
        _model.Failure = new HttpRequestException("model unavailable");

        var results = await InferAsync(EmulatorFixture.NewId("down"), "I'm vegetarian. What should I cook?");

        results.Should().Equal("ADD I'm vegetarian.");
    }

    [Fact]
    public async Task An_empty_fact_list_stores_nothing()
    {
        _model.Answer = _ => """{"facts": []}""";

        (await InferAsync(EmulatorFixture.NewId("none"), "Hello! How are you today?")).Should().BeEmpty();
    }

    [Fact]
    public async Task MemMachine_semantic_memory_holds_the_facts_the_model_extracts()
    {
        _model.Answer = _ => """{"facts": ["Favourite food: sushi"]}""";
        var project = EmulatorFixture.NewId("mm-llm");

        var added = await _fixture.MemMachine.PostAsync("memories", $$"""
            {"project_id": "{{project}}", "messages": [{"content": "Honestly nothing beats sushi for me.", "producer": "alice", "role": "user"}]}
            """);
        added.Code.Should().Be(200, added.Text);

        var list = await _fixture.MemMachine.PostAsync("memories/list", $$"""{"project_id": "{{project}}", "type": "semantic"}""");
        list.Body["content"]!["semantic_memory"]!.AsArray().Select(f => f!["value"]!.GetValue<string>()).Should().Equal("Favourite food: sushi");
    }

    private async Task<List<string>> InferAsync(string user, string message)
    {
        var body = new JsonObject
        {
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = message }),
            ["user_id"] = user,
        };
        var added = await _fixture.Mem0.PostAsync("v3/memories/add/", body.ToJsonString());
        added.Code.Should().Be(200, added.Text);
        var evt = await _fixture.Mem0.GetAsync($"v1/event/{added.Body["event_id"]}/");
        return [.. evt.Body["results"]!.AsArray().Select(r => $"{r!["event"]} {r["data"]!["memory"]}")];
    }

    private sealed class ChatFixture(FakeChatClient model) : EmulatorFixture
    {
        protected override MemoryEmulatorOptions Options => new() { Mem0ApiKey = Mem0Key, MemMachineApiKey = MemMachineKey, InferenceChatClient = model };
    }
}
