using System.Text.Json;
using MemoryClients.Emulator;
using MemoryClients.Extensions.AI.Tests.Support;
using MemoryClients.Filters;
using Microsoft.Extensions.AI;

namespace MemoryClients.Extensions.AI.Tests;

/// <summary>The memory tools against the emulator; run for Mem0 and for MemMachine.</summary>
public abstract class MemoryToolsBehaviour(MemoryEmulator emulator) : ProviderTestBase(emulator)
{
    private static AIFunction Tool(IReadOnlyList<AIFunction> tools, string name) => tools.Single(t => t.Name == name);

    private static async Task<JsonElement> InvokeAsync(AIFunction tool, params (string Name, object? Value)[] arguments)
    {
        var args = new AIFunctionArguments();
        foreach (var (name, value) in arguments) args[name] = value;
        var result = await tool.InvokeAsync(args);
        return result.Should().BeOfType<JsonElement>().Subject;
    }

    private static List<string> Texts(JsonElement result) =>
        [.. result.GetProperty("memories").EnumerateArray().Select(m => m.GetProperty("text").GetString()!)];

    [Fact]
    public void The_four_tools_have_descriptions_and_schemas_without_any_scope_parameter()
    {
        var tools = Memory.AsAITools(NewUser());

        tools.Select(t => t.Name).Should().Equal("search_memories", "list_memories", "add_memory", "delete_memory");
        foreach (var tool in tools)
        {
            tool.Description.Should().NotBeNullOrWhiteSpace();
            tool.JsonSchema.GetProperty("type").GetString().Should().Be("object");
            tool.JsonSchema.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
            var properties = tool.JsonSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            properties.Should().NotContain(["user_id", "agent_id", "app_id", "run_id", "scope"]);
        }
        Tool(tools, "search_memories").JsonSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("query");
        Tool(tools, "delete_memory").JsonSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("id");
    }

    [Fact]
    public void Read_only_tools_leave_out_add_and_delete()
    {
        Memory.AsAITools(NewUser(), new MemoryToolOptions { AllowWrites = false }).Select(t => t.Name)
            .Should().Equal("search_memories", "list_memories");
    }

    [Fact]
    public void Bad_settings_fail_before_any_call()
    {
        Memory.Invoking(m => m.AsAITools(new MemoryScope())).Should().Throw<ArgumentException>().WithParameterName("scope");
        Memory.Invoking(m => m.AsAITools(NewUser(), new MemoryToolOptions { MaxResults = 0 })).Should().Throw<ArgumentException>().WithParameterName("options");
    }

    [Fact]
    public async Task Search_reaches_only_the_bound_scope_whatever_the_model_passes()
    {
        var alice = NewUser();
        var bob = NewUser();
        await SeedAsync(alice, "My favourite food is pasta.");
        await SeedAsync(bob, "My favourite food is sushi.");
        var search = Tool(Memory.AsAITools(alice), "search_memories");

        var result = await InvokeAsync(search, ("query", "favourite food"), ("user_id", bob.UserId), ("top_k", 5));

        Texts(result).Should().Equal("My favourite food is pasta.");
    }

    [Fact]
    public async Task Add_and_list_work_in_the_bound_scope()
    {
        var alice = NewUser();
        var bob = NewUser();
        var tools = Memory.AsAITools(alice, new MemoryToolOptions { AddOptions = Verbatim });

        var added = await InvokeAsync(Tool(tools, "add_memory"), ("text", "I am allergic to peanuts."), ("user_id", bob.UserId));
        var listed = await InvokeAsync(Tool(tools, "list_memories"), ("limit", JsonDocument.Parse("10").RootElement));

        added.GetProperty("stored").GetBoolean().Should().BeTrue();
        added.GetProperty("ids").GetArrayLength().Should().Be(1);
        Texts(listed).Should().Equal("I am allergic to peanuts.");
        listed.GetProperty("more").GetBoolean().Should().BeFalse();
        (await StoredAsync(bob)).Should().BeEmpty();
    }

    [Fact]
    public async Task List_stops_at_the_limit_and_says_there_is_more()
    {
        var alice = NewUser();
        await SeedAsync(alice, "Fact one.", "Fact two.", "Fact three.");

        var listed = await InvokeAsync(Tool(Memory.AsAITools(alice), "list_memories"), ("limit", 2));

        Texts(listed).Should().HaveCount(2);
        listed.GetProperty("more").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Delete_cannot_reach_another_scope_s_memory()
    {
        var alice = NewUser();
        var bob = NewUser();
        await SeedAsync(alice, "Alice plays chess.");
        await SeedAsync(bob, "Bob plays tennis.");
        var bobsMemory = (await StoredAsync(bob)).Single();
        var alicesMemory = (await StoredAsync(alice)).Single();
        var delete = Tool(Memory.AsAITools(alice), "delete_memory");

        var refused = await InvokeAsync(delete, ("id", bobsMemory.Id));
        var done = await InvokeAsync(delete, ("id", alicesMemory.Id));

        refused.GetProperty("deleted").GetBoolean().Should().BeFalse();
        (await StoredAsync(bob)).Should().ContainSingle("bob's memory is untouched");
        done.GetProperty("deleted").GetBoolean().Should().BeTrue();
        (await StoredAsync(alice)).Should().BeEmpty();
    }

    [Fact]
    public async Task Delete_looks_the_id_up_with_one_request_however_many_memories_the_scope_holds()
    {
        var alice = NewUser();
        await Memory.AddAsync([.. Enumerable.Range(1, 201).Select(i => MemoryMessage.User($"Fact number {i}."))], alice, Verbatim);
        var last = (await StoredAsync(alice)).Last();   // on the second page of 200
        var service = new UnreliableHandler();
        var delete = Tool(MemoryThrough(service).AsAITools(alice), "delete_memory");

        var done = await InvokeAsync(delete, ("id", last.Id));

        done.GetProperty("deleted").GetBoolean().Should().BeTrue();
        service.Requests.Should().Be(2, "one lookup and one delete");
        (await StoredAsync(alice)).Should().HaveCount(200);
    }

    [Fact]
    public async Task Delete_reaches_only_memories_the_filter_lets_through()
    {
        var alice = NewUser();
        await Memory.AddAsync([MemoryMessage.User("Alice plays chess.")], alice, new MemoryAddOptions { Infer = false, Metadata = new Dictionary<string, string> { ["topic"] = "games" } });
        await Memory.AddAsync([MemoryMessage.User("Alice likes figs.")], alice, new MemoryAddOptions { Infer = false, Metadata = new Dictionary<string, string> { ["topic"] = "food" } });
        var stored = await StoredAsync(alice);
        var delete = Tool(Memory.AsAITools(alice, new MemoryToolOptions { Filter = MemoryFilter.Metadata("topic").Is("food") }), "delete_memory");

        var refused = await InvokeAsync(delete, ("id", stored.Single(r => r.Text.Contains("chess")).Id));
        var done = await InvokeAsync(delete, ("id", stored.Single(r => r.Text.Contains("figs")).Id));

        refused.GetProperty("deleted").GetBoolean().Should().BeFalse();
        done.GetProperty("deleted").GetBoolean().Should().BeTrue();
        (await StoredAsync(alice)).Select(r => r.Text).Should().Equal("Alice plays chess.");
    }

    [Fact]
    public async Task Bad_arguments_fail_with_the_argument_named_before_any_call()
    {
        var memory = new RecordingMemoryClient(Memory);
        var tools = memory.AsAITools(NewUser());

        await Tool(tools, "search_memories").Invoking(t => t.InvokeAsync(new AIFunctionArguments()).AsTask())
            .Should().ThrowAsync<ArgumentException>().WithParameterName("query");
        await Tool(tools, "search_memories").Invoking(t => t.InvokeAsync(new AIFunctionArguments { ["query"] = "x", ["top_k"] = 0 }).AsTask())
            .Should().ThrowAsync<ArgumentException>().WithParameterName("top_k");
        await Tool(tools, "add_memory").Invoking(t => t.InvokeAsync(new AIFunctionArguments { ["text"] = " " }).AsTask())
            .Should().ThrowAsync<ArgumentException>().WithParameterName("text");
        memory.Searches.Should().BeEmpty();
        memory.Adds.Should().BeEmpty();
    }

    [Fact]
    public async Task A_function_calling_model_gets_the_bound_scope_s_memories_only()
    {
        var alice = NewUser();
        var bob = NewUser();
        await SeedAsync(alice, "My favourite food is pasta.");
        await SeedAsync(bob, "My favourite food is sushi.");
        var model = new ToolCallingModel(new FunctionCallContent("call-1", "search_memories",
            new Dictionary<string, object?> { ["query"] = "favourite food", ["user_id"] = bob.UserId }));
        using var chat = new ChatClientBuilder(model).UseFunctionInvocation().Build();

        await chat.GetResponseAsync("What is my favourite food?", new ChatOptions { Tools = [.. Memory.AsAITools(alice)] });

        var result = model.Requests[1].SelectMany(m => m.Contents).OfType<FunctionResultContent>().Single();
        var text = JsonSerializer.Serialize(result.Result, AIJsonUtilities.DefaultOptions);
        text.Should().Contain("pasta").And.NotContain("sushi");
    }

    /// <summary>A model that first calls one tool, then answers "Done." and records what it was sent.</summary>
    private sealed class ToolCallingModel(FunctionCallContent call) : IChatClient
    {
        public List<List<ChatMessage>> Requests { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Requests.Add([.. messages]);
            return Task.FromResult(Requests.Count == 1
                ? new ChatResponse(new ChatMessage(ChatRole.Assistant, [call]))
                : new ChatResponse(new ChatMessage(ChatRole.Assistant, "Done.")));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose() { }
    }
}

public sealed class Mem0MemoryToolsTests(EmulatorFixture fixture) : MemoryToolsBehaviour(fixture.Emulator), IClassFixture<EmulatorFixture>
{
    protected override MemoryProvider Provider => MemoryProvider.Mem0;
}

public sealed class MemMachineMemoryToolsTests(EmulatorFixture fixture) : MemoryToolsBehaviour(fixture.Emulator), IClassFixture<EmulatorFixture>
{
    protected override MemoryProvider Provider => MemoryProvider.MemMachine;
}
