using MemoryClients.ContractTests.Support;
using MemoryClients.Mem0;
using MemoryClients.MemMachine;

namespace MemoryClients.ContractTests.Live;

/// <summary>
/// A short round trip against the real services, opt-in with <c>MEM0_API_KEY</c> / <c>MEMMACHINE_API_KEY</c>.
/// Each run uses ids of its own and deletes what it created. With <c>MEMORYCLIENTS_RECORD=1</c> the run goes through a
/// WireMock proxy and every exchange is saved, scrubbed, as <c>Mappings/&lt;provider&gt;/&lt;operation&gt;/recorded.json</c>.
/// </summary>
public sealed class LiveServiceTests
{
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..10];

    [LiveFact(Mem0ClientOptions.ApiKeyVariable)]
    public async Task Mem0_ping_add_search_and_clean_up()
    {
        var key = Environment.GetEnvironmentVariable(Mem0ClientOptions.ApiKeyVariable)!;
        using var recording = StartRecording("mem0", Mem0ClientOptions.DefaultAddress, key);
        using var client = new Mem0Client(new Mem0ClientOptions { ApiKey = key, BaseAddress = recording?.BaseAddress ?? Mem0ClientOptions.DefaultAddress });
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        await LiveScenarios.Mem0Async(client, RunId, recording, cts.Token);

        recording?.Save(ContractRecording.SourceMappingsFolder());
    }

    [LiveFact(MemMachineClientOptions.ApiKeyVariable)]
    public async Task MemMachine_project_add_search_and_clean_up()
    {
        var key = Environment.GetEnvironmentVariable(MemMachineClientOptions.ApiKeyVariable)!;
        using var recording = StartRecording("memmachine", MemMachineClientOptions.DefaultAddress, key);
        using var client = new MemMachineClient(new MemMachineClientOptions { ApiKey = key, BaseAddress = recording?.BaseAddress ?? MemMachineClientOptions.DefaultAddress });
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        await LiveScenarios.MemMachineAsync(client, RunId, recording, cts.Token);

        recording?.Save(ContractRecording.SourceMappingsFolder());
    }

    private static ContractRecording? StartRecording(string provider, Uri upstream, string key) => ContractRecording.Requested
        ? ContractRecording.Start(provider, upstream, key, new Dictionary<string, string> { [RunId] = LiveScenarios.RecordedRunId })
        : null;
}
