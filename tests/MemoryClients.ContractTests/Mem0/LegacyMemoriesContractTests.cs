using System.Text.Json.Nodes;
using MemoryClients.ContractTests.Support;
using MemoryClients.Mem0.Api;

// These tests exercise the deprecated endpoints on purpose.
#pragma warning disable CS0618

namespace MemoryClients.ContractTests.Mem0;

/// <summary>The deprecated v1/v2 memory endpoints, still callable through the raw APIs.</summary>
public sealed class LegacyMemoriesContractTests
{
    private const string MemoryId = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

    [Fact]
    public async Task V1_add_reads_the_plain_array_of_queued_events()
    {
        await using var contract = await ContractCase.StartAsync("mem0/legacy_add_v1/ok");
        using var client = Mem0Contract.Client(contract);

        var events = await client.V1.AddMemoriesAsync(new Mem0V1AddMemoriesRequest
        {
            Messages = [Mem0Message.User("I am a vegetarian.")],
            UserId = "alex",
            Metadata = new JsonObject { ["food"] = "vegan" },
            AsyncMode = true,
        });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<IReadOnlyList<Mem0AddMemoriesResponse>>(Mem0JsonContext.Default);
        events.Should().ContainSingle().Which.Status.Should().Be(Mem0AddStatus.Pending);
    }

    [Fact]
    public async Task V1_list_sends_scope_ids_as_query()
    {
        await using var contract = await ContractCase.StartAsync("mem0/legacy_list_v1/ok");
        using var client = Mem0Contract.Client(contract);

        var memories = await client.V1.ListMemoriesAsync(userId: "alex", limit: 50);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<IReadOnlyList<Mem0Memory>>(Mem0JsonContext.Default);
        memories.Should().ContainSingle().Which.Id.Should().Be(MemoryId);
    }

    [Fact]
    public async Task V2_list_sends_filters_and_paging_in_the_body()
    {
        await using var contract = await ContractCase.StartAsync("mem0/legacy_list_v2/ok");
        using var client = Mem0Contract.Client(contract);

        var memories = await client.V2.ListMemoriesAsync(new Mem0V2ListMemoriesRequest
        {
            Filters = JsonNode.Parse("""{"AND": [{"user_id": "alex"}, {"categories": {"contains": "food"}}]}""")!.AsObject(),
            Page = 1,
            PageSize = 50,
        });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<IReadOnlyList<Mem0Memory>>(Mem0JsonContext.Default);
        memories.Should().ContainSingle().Which.Metadata!["food"]!.GetValue<string>().Should().Be("vegan");
    }

    [Fact]
    public async Task V1_search_sends_top_level_ids()
    {
        await using var contract = await ContractCase.StartAsync("mem0/legacy_search_v1/ok");
        using var client = Mem0Contract.Client(contract);

        var memories = await client.V1.SearchMemoriesAsync(new Mem0V1SearchMemoriesRequest
        {
            Query = "What should I cook for dinner today?",
            UserId = "alex",
            TopK = 5,
        });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<IReadOnlyList<Mem0Memory>>(Mem0JsonContext.Default);
        memories.Should().ContainSingle().Which.Score.Should().Be(0.61);
    }

    [Fact]
    public async Task V2_search_sends_filters_and_threshold()
    {
        await using var contract = await ContractCase.StartAsync("mem0/legacy_search_v2/ok");
        using var client = Mem0Contract.Client(contract);

        var memories = await client.V2.SearchMemoriesAsync(new Mem0V2SearchMemoriesRequest
        {
            Query = "What do you know about me?",
            Filters = JsonNode.Parse("""{"AND": [{"user_id": "alex"}, {"agent_id": {"in": ["travel-assistant", "customer-support"]}}]}""")!.AsObject(),
            TopK = 5,
            Threshold = 0.3,
        });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<IReadOnlyList<Mem0Memory>>(Mem0JsonContext.Default);
        memories.Should().ContainSingle().Which.AgentId.Should().Be("travel-assistant");
    }
}
