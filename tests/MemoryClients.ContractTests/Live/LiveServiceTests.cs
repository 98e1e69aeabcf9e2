using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.ContractTests.Live;

/// <summary>
/// A short round trip against the real services, opt-in with <c>MEM0_API_KEY</c> / <c>MEMMACHINE_API_KEY</c>.
/// Each run uses ids of its own and deletes what it created.
/// </summary>
public sealed class LiveServiceTests
{
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..10];

    [LiveFact(Mem0ClientOptions.ApiKeyVariable)]
    public async Task Mem0_ping_add_search_and_clean_up()
    {
        using var client = new Mem0Client();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var scope = MemoryScope.ForUser($"memoryclients-live-{RunId}");

        var ping = await client.PingAsync(cts.Token);
        ping.Status.Should().Be("ok");
        try
        {
            var added = await client.AddAsync([Mem0Message.User("I am allergic to peanuts.")], scope, new Mem0AddOptions { Infer = false }, cts.Token);
            added.Results.Should().NotBeNullOrEmpty();
            var hits = await client.SearchAsync("peanut allergy", scope, new Mem0SearchOptions { TopK = 5, Threshold = 0 }, cts.Token);
            hits.Should().Contain(m => m.Memory != null && m.Memory.Contains("peanuts", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            await client.DeleteAllAsync(scope, cancellationToken: CancellationToken.None);
        }
    }

    [LiveFact(MemMachineClientOptions.ApiKeyVariable)]
    public async Task MemMachine_project_add_search_and_clean_up()
    {
        using var client = new MemMachineClient();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var projectId = $"memoryclients-live-{RunId}";

        await client.GetOrCreateProjectAsync(projectId, cancellationToken: cts.Token);
        try
        {
            var added = await client.AddAsync([new MemMachineMessage { Content = "I am allergic to peanuts.", Producer = "live-test", Role = "user" }], projectId, cancellationToken: cts.Token);
            added.Should().NotBeEmpty();
            var result = await client.SearchAsync("peanut allergy", projectId, new MemMachineSearchOptions { TopK = 5 }, cts.Token);
            result.Response.Should().NotBeNull();
        }
        finally
        {
            await client.DeleteProjectAsync(projectId, CancellationToken.None);
        }
    }
}
