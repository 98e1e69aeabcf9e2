using MemoryClients.ContractTests.Support;
using MemoryClients.Mem0.Api;

namespace MemoryClients.ContractTests.Mem0;

public sealed class EntitiesContractTests
{
    [Fact]
    public async Task List_page_sends_page_and_page_size_and_reads_totals()
    {
        await using var contract = await ContractCase.StartAsync("mem0/entities-list/page-two");
        using var client = Mem0Contract.Client(contract);

        var page = await client.V1.ListEntitiesAsync(2, 50);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ListEntitiesResponse>(Mem0JsonContext.Default);
        page.Count.Should().Be(52);
        page.TotalUsers.Should().Be(48);
        page.Results.Should().HaveCount(2);
        page.Results[0].TotalMemories.Should().Be(37);
        page.Results[0].Metadata!["locale"]!.GetValue<string>().Should().Be("en-GB");
        page.Results[1].Id.Should().Be("1843", "a numeric id is read as text");
        page.Results[1].Type.Should().Be(Mem0EntityType.Agent);
    }

    [Fact]
    public async Task Get_reads_the_entity_array()
    {
        await using var contract = await ContractCase.StartAsync("mem0/entities-get/user");
        using var client = Mem0Contract.Client(contract);

        var entities = await client.Entities.GetAsync(Mem0EntityType.User, "alice");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<IReadOnlyList<Mem0Entity>>(Mem0JsonContext.Default);
        entities.Should().ContainSingle().Which.CreatedAt.Should().Be(new DateTimeOffset(2026, 2, 11, 9, 14, 3, TimeSpan.Zero).AddTicks(5123450));
    }

    [Fact]
    public async Task Delete_by_type_and_name_returns_the_event()
    {
        await using var contract = await ContractCase.StartAsync("mem0/entities-delete/agent");
        using var client = Mem0Contract.Client(contract);

        var deleted = await client.Entities.DeleteAsync(Mem0EntityType.Agent, "travel-concierge");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0DeleteEntityResponse>(Mem0JsonContext.Default);
        deleted.EventId.Should().Be("3c9e2f5a-7b14-4d2e-8f61-0a9b8c7d6e51");
        deleted.Message.Should().StartWith("Delete in progress");
    }

    [Fact]
    public async Task Deprecated_v1_delete_uses_the_numeric_id()
    {
        await using var contract = await ContractCase.StartAsync("mem0/entities-delete-v1/numeric-id");
        using var client = Mem0Contract.Client(contract);

#pragma warning disable CS0618 // The deprecated endpoint is still part of the contract.
        var deleted = await client.V1.DeleteEntityAsync(Mem0EntityType.User.ToString(), 1842);
#pragma warning restore CS0618

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0DeleteEntityResponse>(Mem0JsonContext.Default);
        deleted.EventId.Should().Be("a3f4c2d1-5e6b-4c7d-8e9f-0a1b2c3d4e5f");
    }
}
