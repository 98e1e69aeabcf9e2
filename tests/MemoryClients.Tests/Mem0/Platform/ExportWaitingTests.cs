using System.Net;
using System.Text.Json.Nodes;
using MemoryClients.Errors;
using MemoryClients.Tests.Mem0.Platform.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0.Platform;

/// <summary>An export answers 404 until it is built; waiting polls through the 404s and nothing else.</summary>
public sealed class ExportWaitingTests
{
    private const string ExportId = "550e8400-e29b-41d4-a716-446655440000";
    private const string Pending = """{"error":"No memory export request found"}""";
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Waits_through_404_until_the_export_is_ready()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.NotFound, Pending)
            .Respond(HttpStatusCode.NotFound, Pending)
            .Respond(HttpStatusCode.OK, """{"name":"Alice","preferences":["tea","hiking"]}""");
        using var client = PlatformClient.Create(handler, time);

        var export = await time.DriveAsync(client.Exports.WaitForCompletionAsync(ExportId, Interval), Interval);

        export["name"]!.GetValue<string>().Should().Be("Alice");
        export["preferences"]!.AsArray().Should().HaveCount(2);
        handler.Requests.Should().HaveCount(3).And.OnlyContain(r =>
            r.Method == HttpMethod.Post && r.Path == "/v1/exports/get/" && r.Body == $$"""{"memory_export_id":"{{ExportId}}"}""");
        time.RequestedDueTimes.Count(d => d == Interval).Should().Be(2);
    }

    [Fact]
    public async Task Other_errors_end_the_wait()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.NotFound, Pending)
            .Respond(HttpStatusCode.BadRequest, """{"message":"One of the filters: app_id, user_id, agent_id, run_id is required!"}""");
        var time = new FakeTimeProvider();
        using var client = PlatformClient.Create(handler, time);

        var wait = client.Exports.WaitForCompletionAsync(ExportId, Interval);
        await time.WaitForTimerWithinAsync(Interval);
        time.Advance(Interval);

        await wait.Invoking(t => t).Should().ThrowAsync<MemoryValidationException>();
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Create_sends_schema_filters_and_instructions_verbatim()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.Created,
            $$"""{"message":"Memory export request received. The export will be ready in a few seconds.","id":"{{ExportId}}"}""");
        using var client = PlatformClient.Create(handler);
        var schema = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["favoriteFood"] = new JsonObject { ["type"] = "string" } } };
        var filters = new JsonObject { ["AND"] = new JsonArray(new JsonObject { ["user_id"] = "alice" }) };

        var created = await client.Exports.CreateAsync(schema, filters, "Only food.");

        created.Id.Should().Be(ExportId);
        handler.Requests.Should().ContainSingle().Which.Body.Should().Be(
            """{"schema":{"type":"object","properties":{"favoriteFood":{"type":"string"}}},"filters":{"AND":[{"user_id":"alice"}]},"export_instructions":"Only food."}""");
    }
}
