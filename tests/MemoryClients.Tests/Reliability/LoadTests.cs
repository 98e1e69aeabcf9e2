using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MemoryClients.Errors;
using MemoryClients.Tests.Unified;
using Xunit.Abstractions;

namespace MemoryClients.Tests.Reliability;

/// <summary>
/// 2,000 mixed operations at 64-way concurrency against a fault server that fails 10% of requests transiently (503, nothing
/// done) and 5% after processing them (the connection closes without a response): no write is stored twice, no write
/// reported as done is missing, and every failure tells the truth about whether the service may have acted.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Operations = 2000;

    [Fact]
    public async Task Mixed_operations_under_injected_faults_neither_duplicate_nor_lose_writes()
    {
        var stored = new ConcurrentDictionary<string, int>();
        var deleted = new ConcurrentDictionary<string, int>();
        var injected = new ConcurrentDictionary<string, int>();
        await using var server = new FaultServer((request, _) => Serve(request, stored, deleted, injected))
        {
            Respond = request => request.Path.EndsWith("/memories", StringComparison.Ordinal)
                ? $$"""{"results":[{"uid":"{{Uid(Content(request))}}"}]}"""
                : request.Path.EndsWith("/search", StringComparison.Ordinal) ? UnifiedTestOptions.MemMachineSearchBody : "{}",
        };
        var options = FaultMatrixTests.Options(MemoryProvider.MemMachine, server.Port);
        options.Resilience.MaxRetries = 3;
        options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.Resilience.TotalTimeout = TimeSpan.FromSeconds(30);
        using var client = new AsyncMemoryClient(options);
        var added = new ConcurrentQueue<string>();
        var addOutcomes = new ConcurrentDictionary<string, Exception?>();
        var deleteOutcomes = new ConcurrentDictionary<string, Exception?>();
        var scope = MemoryScope.ForUser("load");

        await Parallel.ForEachAsync(Enumerable.Range(0, Operations), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, token) =>
        {
            if (i % 10 < 6)
            {
                var content = $"memory-{i}";
                try
                {
                    var result = await client.AddAsync([MemoryMessage.User(content)], scope, null, token);
                    result.Ids.Should().Equal(Uid(content));
                    added.Enqueue(Uid(content));
                    addOutcomes[content] = null;
                }
                catch (MemoryApiException error)
                {
                    addOutcomes[content] = error;
                }
            }
            else if (i % 10 < 8 || !added.TryDequeue(out var uid))
            {
                try
                {
                    await client.SearchAsync("tea", scope, null, token);
                }
                catch (MemoryApiException)
                {
                    // Reads may fail after their retries; they change nothing.
                }
            }
            else
            {
                try
                {
                    await client.DeleteAsync(uid, token);
                    deleteOutcomes[uid] = null;
                }
                catch (MemoryApiException error)
                {
                    deleteOutcomes[uid] = error;
                }
            }
        });

        var duplicates = stored.Count(pair => pair.Value > 1);
        var lost = addOutcomes.Count(pair => pair.Value is null && !stored.ContainsKey(pair.Key));
        var failures = addOutcomes.Values.Count(e => e is not null) + deleteOutcomes.Values.Count(e => e is not null);
        // A failure is truthful when it admits the service may have acted whenever the service did act.
        var untruthful = addOutcomes.Count(pair => pair.Value is MemoryApiException { RequestMayHaveBeenProcessed: false } && stored.ContainsKey(pair.Key))
            + deleteOutcomes.Count(pair => pair.Value is MemoryApiException { RequestMayHaveBeenProcessed: false } && deleted.ContainsKey(pair.Key))
            + deleteOutcomes.Count(pair => pair.Value is null && !deleted.ContainsKey(pair.Key));
        output.WriteLine($"load: {Operations} operations, {server.Requests.Count} requests, injected {injected.GetValueOrDefault("transient")} transient and "
            + $"{injected.GetValueOrDefault("after")} after-processing failures; {failures} reported failures, {duplicates} duplicates, {lost} lost writes, {untruthful} untruthful failures");

        addOutcomes.Should().HaveCount(Operations * 6 / 10);
        duplicates.Should().Be(0);
        lost.Should().Be(0);
        untruthful.Should().Be(0);
        injected.GetValueOrDefault("after").Should().BePositive("the run must exercise failures after processing");
    }

    private static FaultCase Serve(SeenRequest request, ConcurrentDictionary<string, int> stored, ConcurrentDictionary<string, int> deleted, ConcurrentDictionary<string, int> injected)
    {
        var roll = Random.Shared.NextDouble();
        if (roll < 0.10)
        {
            injected.AddOrUpdate("transient", 1, (_, n) => n + 1);
            return new FaultCase(Fault.Status, 503);
        }
        if (request.Path.EndsWith("/memories", StringComparison.Ordinal))
        {
            stored.AddOrUpdate(Content(request), 1, (_, n) => n + 1);
        }
        else if (request.Path.EndsWith("/episodic/delete", StringComparison.Ordinal))
        {
            var uid = JsonNode.Parse(request.Body)!["episodic_ids"]![0]!.GetValue<string>();
            if (!deleted.TryAdd(uid, 1))
                return new FaultCase(Fault.Status, 404);
        }
        if (roll < 0.15)
        {
            injected.AddOrUpdate("after", 1, (_, n) => n + 1);
            return new FaultCase(Fault.FinWithoutResponse);
        }
        return new FaultCase(Fault.Ok);
    }

    private static string Content(SeenRequest request) => JsonNode.Parse(request.Body)!["messages"]![0]!["content"]!.GetValue<string>();

    private static string Uid(string content) => "u-" + content;
}
