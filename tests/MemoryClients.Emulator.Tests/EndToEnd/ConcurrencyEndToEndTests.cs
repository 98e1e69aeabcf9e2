using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>One client shared by many concurrent calls, as the SDK documents (clients are thread-safe).</summary>
public sealed class ConcurrencyEndToEndTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    [Fact]
    public async Task Twenty_parallel_adds_and_searches_on_one_Mem0_client_all_succeed()
    {
        var user = EndToEndFixture.NewId("parallel");
        var scope = MemoryScope.ForUser(user);
        var client = fixture.Mem0;
        await client.AddAsync([Mem0Message.User("Seed memory about parallel work.")], scope, new Mem0AddOptions { Infer = false });
        fixture.Emulator.RequestLog.Clear();

        var adds = Enumerable.Range(0, 20).Select(i =>
            client.AddAsync([Mem0Message.User($"Parallel fact number {i}.")], scope, new Mem0AddOptions { Infer = false }));
        var searches = Enumerable.Range(0, 20).Select(_ => client.SearchAsync("parallel", scope, new Mem0SearchOptions { TopK = 50 }));
        var added = await Task.WhenAll(adds);
        var found = await Task.WhenAll(searches);

        added.Should().OnlyContain(a => a.Results!.Count == 1);
        added.Select(a => a.Results![0].Id).Should().OnlyHaveUniqueItems();
        found.Should().OnlyContain(r => r.Count >= 1);
        var log = fixture.Emulator.RequestLog.Entries;
        log.Count(e => e.Path == "/mem0/v3/memories/add/").Should().Be(20);
        log.Count(e => e.Path == "/mem0/v3/memories/search/").Should().Be(20);
        log.Should().OnlyContain(e => e.StatusCode == 200);
        (await client.ListAsync(scope, new Mem0ListOptions { PageSize = 7 }).CollectAsync()).Should().HaveCount(21);
    }

    [Fact]
    public async Task Twenty_parallel_adds_and_searches_on_one_MemMachine_client_all_succeed()
    {
        var project = EndToEndFixture.NewId("parallel-mm");
        var client = fixture.MemMachine;
        await client.CreateProjectAsync(project);
        fixture.Emulator.RequestLog.Clear();

        var adds = Enumerable.Range(0, 20).Select(i =>
            client.AddAsync([new MemMachineMessage { Content = $"Concurrent note {i}.", Producer = "p" }], project));
        var searches = Enumerable.Range(0, 20).Select(_ => client.SearchAsync("concurrent note", project));
        var added = await Task.WhenAll(adds);
        await Task.WhenAll(searches);

        added.SelectMany(a => a).Select(r => r.Uid).Should().HaveCount(20).And.OnlyHaveUniqueItems();
        var log = fixture.Emulator.RequestLog.Entries;
        log.Count(e => e.Path == "/memmachine/v2/memories").Should().Be(20);
        log.Count(e => e.Path == "/memmachine/v2/memories/search").Should().Be(20);
        log.Should().OnlyContain(e => e.StatusCode == 200);
        (await client.GetEpisodeCountAsync(project)).Should().Be(20);
        (await client.ListEpisodicAsync(project, new MemMachineListOptions { PageSize = 6 }).CollectAsync()).Should().HaveCount(20);
    }
}
