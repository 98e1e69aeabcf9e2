using System.Text.Json;
using MemoryClients.Emulator;
using MemoryClients.Extensions.AI.Tests.Support;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;

namespace MemoryClients.Extensions.AI.Tests;

/// <summary>
/// A user with an agent, end to end against the emulator (which files Mem0 adds as the service does): what the tools,
/// the middleware and the agent provider store through the scope is found, listed and deleted through the same scope.
/// Run for Mem0 and for MemMachine.
/// </summary>
public abstract class ScopeRuleBehaviour(MemoryEmulator emulator) : ProviderTestBase(emulator)
{
    // The in-process emulator's first search pays its own start-up; on a busy machine that can pass the 3 s default.
    private static readonly TimeSpan EmulatorRecall = TimeSpan.FromSeconds(30);

    private static MemoryScope NewUserWithAgent() => NewUser().AndAgent("concierge");

    private static async Task<JsonElement> InvokeAsync(IReadOnlyList<AIFunction> tools, string name, params (string Name, object? Value)[] arguments)
    {
        var args = new AIFunctionArguments();
        foreach (var (key, value) in arguments) args[key] = value;
        var result = await tools.Single(t => t.Name == name).InvokeAsync(args);
        return result.Should().BeOfType<JsonElement>().Subject;
    }

    private static List<(string Id, string Text)> Memories(JsonElement result) =>
        [.. result.GetProperty("memories").EnumerateArray().Select(m => (m.GetProperty("id").GetString()!, m.GetProperty("text").GetString()!))];

    [Fact]
    public async Task The_tools_find_list_and_delete_what_they_stored_through_a_user_and_agent_scope()
    {
        var scope = NewUserWithAgent();
        var tools = Memory.AsAITools(scope);   // the provider's default storing: Mem0 files the fact under the user alone

        await InvokeAsync(tools, "add_memory", ("text", "My favourite food is pasta."));
        var found = Memories(await InvokeAsync(tools, "search_memories", ("query", "favourite food")));
        var listed = Memories(await InvokeAsync(tools, "list_memories"));
        var deleted = await InvokeAsync(tools, "delete_memory", ("id", listed.Single().Id));

        found.Select(m => m.Text).Should().ContainSingle().Which.Should().Contain("favourite food is pasta");
        listed.Should().ContainSingle().Which.Id.Should().Be(found.Single().Id);
        deleted.GetProperty("deleted").GetBoolean().Should().BeTrue();
        Memories(await InvokeAsync(tools, "list_memories")).Should().BeEmpty();
        (await StoredAsync(scope)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Delete_through_a_user_and_agent_scope_cannot_reach_another_user(bool serviceIgnoresTheScope)
    {
        var alice = NewUserWithAgent();
        var bob = NewUser().AndAgent("concierge");
        await SeedAsync(bob, "Bob plays tennis.");
        var bobsMemory = (await StoredAsync(bob)).Single();
        // A service that ignores the scope it is asked for answers with bob's memory: the tool must still refuse it.
        var memory = new RecordingMemoryClient(Memory) { ListScope = serviceIgnoresTheScope ? _ => bob : null };

        var refused = await InvokeAsync(memory.AsAITools(alice), "delete_memory", ("id", bobsMemory.Id));

        refused.GetProperty("deleted").GetBoolean().Should().BeFalse();
        (await StoredAsync(bob)).Should().ContainSingle("bob's memory is untouched");
    }

    [Fact]
    public async Task The_middleware_recalls_and_forgets_what_it_stored_through_a_user_and_agent_scope()
    {
        var scope = NewUserWithAgent();
        var model = new ScriptedChatClient("Noted.", "Pasta.");
        using var chat = new ChatClientBuilder(model).UseMemory(_ => scope, Memory, o => o.RecallTimeout = EmulatorRecall).Build();

        await chat.GetResponseAsync("My favourite food is pasta.");
        await chat.GetResponseAsync("What is my favourite food?");

        model.LastPrompt.Should().Contain("favourite food is pasta");
        (await StoredAsync(scope)).Select(r => r.Text).Should().Contain(t => t.Contains("favourite food is pasta"));
        await Memory.DeleteAllAsync(scope);
        (await StoredAsync(scope)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_agent_provider_recalls_and_forgets_what_it_stored_through_a_user_and_agent_scope()
    {
        var scope = NewUserWithAgent();
        var model = new ScriptedChatClient("Noted.", "Pasta.");
        var provider = new MemoryContextProvider(Memory, _ => scope, new MemoryContextProviderOptions { RecallTimeout = EmulatorRecall });
        var agent = new ChatClientAgent(model, new ChatClientAgentOptions { AIContextProviders = [provider] });

        await agent.RunAsync("My favourite food is pasta.", await agent.CreateSessionAsync());
        var second = await agent.CreateSessionAsync();
        await agent.RunAsync("What is my favourite food?", second);

        model.LastPrompt.Should().Contain("favourite food is pasta");
        await Memory.DeleteAllAsync(provider.GetScope(second));
        (await StoredAsync(scope)).Should().BeEmpty();
    }
}

public sealed class Mem0ScopeRuleTests(EmulatorFixture fixture) : ScopeRuleBehaviour(fixture.Emulator), IClassFixture<EmulatorFixture>
{
    protected override MemoryProvider Provider => MemoryProvider.Mem0;
}

public sealed class MemMachineScopeRuleTests(EmulatorFixture fixture) : ScopeRuleBehaviour(fixture.Emulator), IClassFixture<EmulatorFixture>
{
    protected override MemoryProvider Provider => MemoryProvider.MemMachine;
}
