using MemoryClients.ContractTests.Support;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.ContractTests.Live;

/// <summary>
/// The round trips the live tests make, shared with the offline record-mode tests. Each call is named after the mapping
/// folder of its operation, so a recording files it next to the hand-made cases of the same endpoint.
/// </summary>
public static class LiveScenarios
{
    /// <summary>The value recorded in place of a run's id, and the id a replay uses.</summary>
    public const string RecordedRunId = "run";

    /// <summary>The user id of a Mem0 run.</summary>
    public static string Mem0UserId(string runId) => $"memoryclients-live-{runId}";

    /// <summary>The project id of a MemMachine run.</summary>
    public static string MemMachineProjectId(string runId) => $"memoryclients-live-{runId}";

    /// <summary>Ping, add, search and delete every memory of the run's user.</summary>
    public static async Task Mem0Async(Mem0Client client, string runId, ContractRecording? recording, CancellationToken cancellationToken)
    {
        var scope = MemoryScope.ForUser(Mem0UserId(runId));

        var ping = await Step(recording, "ping", () => client.PingAsync(cancellationToken));
        ping.Status.Should().Be("ok");
        try
        {
            var added = await Step(recording, "add", () => client.AddAsync([Mem0Message.User("I am allergic to peanuts.")], scope, new Mem0AddOptions { Infer = false }, cancellationToken));
            added.Results.Should().NotBeNullOrEmpty();
            var hits = await Step(recording, "search", () => client.SearchAsync("peanut allergy", scope, new Mem0SearchOptions { TopK = 5, Threshold = 0 }, cancellationToken));
            hits.Should().Contain(m => m.Memory != null && m.Memory.Contains("peanuts", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            await Step(recording, "delete-all", () => client.DeleteAllAsync(scope, cancellationToken: CancellationToken.None));
        }
    }

    /// <summary>Create the run's project, add, search and delete the project.</summary>
    public static async Task MemMachineAsync(MemMachineClient client, string runId, ContractRecording? recording, CancellationToken cancellationToken)
    {
        var projectId = MemMachineProjectId(runId);

        await Step(recording, "create-project", () => client.GetOrCreateProjectAsync(projectId, cancellationToken: cancellationToken));
        try
        {
            var added = await Step(recording, "add-memories", () => client.AddAsync([new MemMachineMessage { Content = "I am allergic to peanuts.", Producer = "live-test", Role = "user" }], projectId, cancellationToken: cancellationToken));
            added.Should().NotBeEmpty();
            var result = await Step(recording, "search-memories", () => client.SearchAsync("peanut allergy", projectId, new MemMachineSearchOptions { TopK = 5 }, cancellationToken));
            result.Response.Should().NotBeNull();
        }
        finally
        {
            await Step(recording, "delete-project", () => client.DeleteProjectAsync(projectId, CancellationToken.None));
        }
    }

    private static Task<T> Step<T>(ContractRecording? recording, string operation, Func<Task<T>> call) =>
        recording is null ? call() : recording.CaptureAsync(operation, call);

    private static Task Step(ContractRecording? recording, string operation, Func<Task> call) =>
        recording is null ? call() : recording.CaptureAsync(operation, call);
}
