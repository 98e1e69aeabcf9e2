using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>Mem0Client.Entities end to end. Its own emulator, because deleting every entity touches all data.</summary>
public sealed class Mem0EntitiesEndToEndTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private Mem0Client Client => fixture.Mem0;

    private Task<Mem0AddMemoriesResponse> AddAsync(MemoryScope scope, string text) =>
        Client.AddAsync([Mem0Message.User(text)], scope, new Mem0AddOptions { Infer = false });

    [Fact]
    public async Task Entities_are_listed_across_pages_with_their_memory_counts()
    {
        var user = EndToEndFixture.NewId("ent-user");
        var agent = EndToEndFixture.NewId("ent-agent");
        var run = EndToEndFixture.NewId("ent-run");
        await AddAsync(MemoryScope.ForUser(user), "User fact one.");
        await AddAsync(MemoryScope.ForUser(user), "User fact two.");
        await AddAsync(MemoryScope.ForAgent(agent), "Agent fact.");
        await AddAsync(MemoryScope.ForRun(run), "Run fact.");

        var firstPage = await Client.Entities.ListPageAsync(null, 2);
        var pages = await Client.Entities.ListAsync(pageSize: 2).CollectPagesAsync();
        var entities = pages.SelectMany(p => p.Items).ToList();

        firstPage.Items.Should().HaveCount(2);
        firstPage.TotalCount.Should().BeGreaterThanOrEqualTo(3);
        firstPage.ContinuationToken.Should().Be("page=2&page_size=2");
        pages.Count.Should().BeGreaterThanOrEqualTo(2);
        entities.Should().ContainSingle(e => e.Name == user && e.Type == Mem0EntityType.User).Which.TotalMemories.Should().Be(2);
        entities.Should().ContainSingle(e => e.Name == agent && e.Type == Mem0EntityType.Agent).Which.TotalMemories.Should().Be(1);
        entities.Should().ContainSingle(e => e.Name == run && e.Type == Mem0EntityType.Run);
        entities.Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Deleting_an_entity_removes_it_and_its_memories()
    {
        var user = EndToEndFixture.NewId("ent-del");
        var other = EndToEndFixture.NewId("ent-keep");
        await AddAsync(MemoryScope.ForUser(user), "To be forgotten.");
        await AddAsync(MemoryScope.ForUser(other), "To be kept.");

        var response = await Client.Entities.DeleteAsync(Mem0EntityType.User, user);

        response.Message.Should().NotBeNullOrEmpty();
        (await Client.ListAsync(MemoryScope.ForUser(user)).CollectAsync()).Should().BeEmpty();
        (await Client.ListAsync(MemoryScope.ForUser(other)).CollectAsync()).Should().ContainSingle();
        var entities = await Client.Entities.ListAsync().CollectAsync();
        entities.Should().NotContain(e => e.Name == user);
        entities.Should().Contain(e => e.Name == other);
    }

    [Fact]
    public async Task Deleting_an_entity_by_name_is_idempotent_and_reports_an_event()
    {
        var name = EndToEndFixture.NewId("nobody");

        var first = await Client.Entities.DeleteAsync(Mem0EntityType.Agent, name);
        var second = await Client.Entities.DeleteAsync(Mem0EntityType.Agent, name);

        first.EventId.Should().NotBeNullOrEmpty();
        second.EventId.Should().NotBe(first.EventId);
        (await Client.Events.GetAsync(first.EventId!)).EventType.Should().Be("DELETE");
    }

    [Fact]
    public async Task DeleteAllEntities_collects_every_page_then_deletes_each_entity()
    {
        for (var i = 0; i < 5; i++)
            await AddAsync(MemoryScope.ForUser(EndToEndFixture.NewId($"bulk{i}")), $"Bulk fact {i}.");
        var app = EndToEndFixture.NewId("bulk-app");
        await AddAsync(MemoryScope.ForApp(app), "App fact.");
        var before = await Client.Entities.ListAsync().CollectAsync();

        var deleted = await Client.Entities.DeleteAllEntitiesAsync(Mem0DeleteEverything.Confirmed);

        deleted.Should().HaveCount(before.Count);
        deleted.Should().Contain(d => d.Name == app);
        (await Client.Entities.ListAsync().CollectAsync()).Should().BeEmpty();
        (await Client.ListAsync(MemoryScope.ForApp(app)).CollectAsync()).Should().BeEmpty();
    }
}
