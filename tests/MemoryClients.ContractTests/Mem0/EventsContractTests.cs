using MemoryClients.ContractTests.Support;
using MemoryClients.Mem0.Api;

namespace MemoryClients.ContractTests.Mem0;

public sealed class EventsContractTests
{
    [Fact]
    public async Task Get_event_reads_every_documented_field()
    {
        await using var contract = await ContractCase.StartAsync("mem0/event-get/succeeded");
        using var client = Mem0Contract.Client(contract);

        var ev = await client.Events.GetAsync("6f1d8a42-3c1e-4a8e-9f0b-2d7c5e9a1b34");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0Event>(Mem0JsonContext.Default);
        ev.Status.Should().Be(Mem0EventStatus.Succeeded);
        ev.EventType.Should().Be("ADD");
        ev.Latency.Should().Be(1652.4);
        ev.Payload!["user_id"]!.GetValue<string>().Should().Be("alice");
        ev.Results.Should().ContainSingle().Which.GetProperty("data").GetProperty("memory").GetString().Should().Be("Moved to Lisbon");
        ev.CompletedAt.Should().Be(new DateTimeOffset(2026, 3, 2, 17, 40, 11, 2, TimeSpan.Zero));
        ev.Error.Should().BeNull();
    }

    [Fact]
    public async Task List_events_page()
    {
        await using var contract = await ContractCase.StartAsync("mem0/events-list/first-page");
        using var client = Mem0Contract.Client(contract);

        var page = await client.V1.ListEventsAsync(1, 2);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ListEventsResponse>(Mem0JsonContext.Default);
        page.Count.Should().Be(3);
        page.Next.Should().EndWith("page=2&page_size=2");
        page.Results.Select(e => e.Status).Should().Equal(Mem0EventStatus.Succeeded, Mem0EventStatus.Pending);
        page.Results[1].Results.Should().BeEmpty();
        page.Results[1].StartedAt.Should().BeNull("a pending event has not started");
        page.Results[1].EventType.Should().Be("DELETE");
    }

    [Fact]
    public async Task Stats()
    {
        await using var contract = await ContractCase.StartAsync("mem0/stats/ok");
        using var client = Mem0Contract.Client(contract);

        var stats = await client.Events.GetStatsAsync();

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0Stats>(Mem0JsonContext.Default);
        stats.TotalMemories.Should().Be(1289);
        stats.TotalRetrievalEventsLimit.Should().Be(10000);
        stats.MemoriesPerUser.Should().Be(26);
    }
}
