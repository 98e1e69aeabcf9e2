using System.Text.Json.Nodes;
using MemoryClients.ContractTests.Live;
using MemoryClients.ContractTests.Mem0;
using MemoryClients.ContractTests.Support;
using MemoryClients.Mem0;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MemoryClients.ContractTests.Harness;

/// <summary>
/// Record mode, offline: a local WireMock server stands in for the real Mem0 service (it demands the real key, sets a
/// cookie and answers with ids of its own); the live scenario runs through the recording proxy; the recording is checked
/// for secrets and ids, then replayed on the contract harness with the contract key.
/// </summary>
public sealed class RecordModeTests : IDisposable
{
    private const string SecretKey = "m0-secret-0123456789abcdef";
    private const string MemoryId = "6f1e2d3c-4b5a-4968-8776-655443322110";
    private const string EventId = "1a2b3c4d-5e6f-4a0b-9c8d-7e6f5a4b3c2d";

    private readonly string _runId = Guid.NewGuid().ToString("N")[..10];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "memoryclients-recording-" + Guid.NewGuid().ToString("N"));
    private readonly WireMockServer _upstream = ContractServers.Start();

    public RecordModeTests() => StandInForMem0();

    [Fact]
    public async Task A_recorded_run_is_scrubbed_and_replays_on_the_contract_harness()
    {
        var written = await RecordAsync();

        written.Select(p => Path.GetRelativePath(_folder, p).Replace('\\', '/')).Should().Equal(
            "mem0/ping/recorded.json", "mem0/add/recorded.json", "mem0/search/recorded.json", "mem0/delete-all/recorded.json");
        foreach (var path in written)
        {
            var text = await File.ReadAllTextAsync(path);
            text.Should().NotContain(SecretKey, $"{path} must not hold the key");
            text.Should().NotContain("session=", $"{path} must not hold a cookie");
            text.Should().NotContainAny(["Set-Cookie", "\"Cookie\"", "X-Request-Id"]);
            text.Should().NotContain(_runId, $"{path} holds the run's placeholder, not its id");
            text.Should().NotContainAny([MemoryId, EventId]);
            foreach (var mapping in MappingFile.Read(path))
                MappingFile.ExpectedHeaders(mapping).Should().Contain(("Authorization", "Token test-key"));
        }
        var add = MappingFile.Read(written[1])[^1];
        MappingFile.ExpectedBody(add)!["user_id"]!.GetValue<string>().Should().Be(LiveScenarios.Mem0UserId(LiveScenarios.RecordedRunId));
        add["Response"]!["BodyAsJson"]!["results"]![0]!["id"]!.GetValue<string>().Should().Be("00000000-0000-4000-8000-000000000002",
            "ids are numbered in the order they first appear (the event id came first)");
        MappingFile.ExpectedQuery(MappingFile.Read(written[3])[^1]).Should().Be("user_id=memoryclients-live-run");

        await using var replay = await ContractCase.StartAsync("mem0/recorded", written);
        using var client = Mem0Contract.Client(replay);
        await LiveScenarios.Mem0Async(client, LiveScenarios.RecordedRunId, recording: null, CancellationToken.None);
        replay.AssertRequest();
    }

    [Fact]
    public async Task A_recorded_request_that_changes_fails_the_replay_with_a_mismatch()
    {
        var written = await RecordAsync();

        await using var replay = await ContractCase.StartAsync("mem0/recorded", written);
        using var client = Mem0Contract.Client(replay);
        var act = () => LiveScenarios.Mem0Async(client, "another-run", recording: null, CancellationToken.None);

        await act.Should().ThrowAsync<Exception>();
        replay.Invoking(r => r.AssertRequest()).Should().Throw<ContractMismatchException>()
            .WithMessage("*BodyMatcher: 0   <-- mismatch*memoryclients-live-another-run*");
    }

    private async Task<IReadOnlyList<string>> RecordAsync()
    {
        using var recording = ContractRecording.Start("mem0", new Uri(_upstream.Urls[0].TrimEnd('/') + "/"), SecretKey,
            new Dictionary<string, string> { [_runId] = LiveScenarios.RecordedRunId });
        using var client = new Mem0Client(new Mem0ClientOptions
        {
            ApiKey = SecretKey,
            BaseAddress = recording.BaseAddress,
            Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
        });

        await LiveScenarios.Mem0Async(client, _runId, recording, CancellationToken.None);

        _upstream.LogEntries.Should().HaveCount(4).And.OnlyContain(e => e.MappingGuid != null, "the proxy forwarded the real key and each call");
        return recording.Save(_folder);
    }

    /// <summary>Answers the four calls of the Mem0 scenario, only with the real key, and with headers no recording may keep.</summary>
    private void StandInForMem0()
    {
        var userId = LiveScenarios.Mem0UserId(_runId);
        Answer("GET", "/v1/ping/", new JsonObject { ["status"] = "ok", ["org_id"] = "org_live", ["project_id"] = "proj_live", ["user_email"] = "dev@example.com" });
        Answer("POST", "/v3/memories/add/", new JsonObject
        {
            ["message"] = "Memories added successfully",
            ["status"] = "SUCCEEDED",
            ["event_id"] = EventId,
            ["results"] = new JsonArray(new JsonObject { ["id"] = MemoryId, ["data"] = new JsonObject { ["memory"] = "I am allergic to peanuts." }, ["event"] = "ADD" }),
        });
        Answer("POST", "/v3/memories/search/", new JsonObject
        {
            ["results"] = new JsonArray(new JsonObject { ["id"] = MemoryId, ["memory"] = "I am allergic to peanuts.", ["user_id"] = userId, ["score"] = 0.91 }),
        });
        Answer("DELETE", "/v1/memories/", new JsonObject { ["message"] = "Delete in progress. This may take some time.", ["event_id"] = EventId });
    }

    private void Answer(string method, string path, JsonObject body) =>
        _upstream.Given(Request.Create().WithPath(path).UsingMethod(method).WithHeader("Authorization", "Token " + SecretKey))
            .RespondWith(Response.Create()
                .WithStatusCode(200)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("Set-Cookie", "session=abc123; HttpOnly")
                .WithHeader("X-Request-Id", Guid.NewGuid().ToString())
                .WithBody(body.ToJsonString()));

    public void Dispose()
    {
        _upstream.Stop();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
