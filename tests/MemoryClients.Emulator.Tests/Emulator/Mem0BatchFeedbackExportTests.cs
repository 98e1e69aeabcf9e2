using System.Text;
using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class Mem0BatchFeedbackExportTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private EmulatorApi Mem0 => fixture.Mem0;

    [Fact]
    public async Task Batch_update_changes_text_and_metadata_with_history()
    {
        var user = EmulatorFixture.NewId("batch");
        var ids = await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{user}\"", "first", "second");

        var response = await Mem0.PutAsync("v1/batch/", $$"""
            {"memories": [{"memory_id": "{{ids[0]}}", "text": "first, edited"}, {"memory_id": "{{ids[1]}}", "metadata": {"x": true} }]}
            """);

        response.Code.Should().Be(200);
        response.Body["message"]!.GetValue<string>().Should().Contain("2");
        (await Mem0.GetAsync($"v1/memories/{ids[0]}/")).Body["memory"]!.GetValue<string>().Should().Be("first, edited");
        (await Mem0.GetAsync($"v1/memories/{ids[1]}/")).Body["metadata"]!["x"]!.GetValue<bool>().Should().BeTrue();
        (await Mem0.GetAsync($"v1/memories/{ids[0]}/history/")).Items.Select(e => e!["event"]!.GetValue<string>()).Should().Equal("ADD", "UPDATE");
    }

    [Fact]
    public async Task Batch_delete_takes_a_json_body_on_delete()
    {
        var user = EmulatorFixture.NewId("batchdel");
        var ids = await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{user}\"", "a", "b", "c");

        var response = await Mem0.DeleteAsync("v1/batch/", $$"""{"memories": [{"memory_id": "{{ids[0]}}"}, {"memory_id": "{{ids[2]}}"}]}""");

        response.Code.Should().Be(200);
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""")).Should().Equal("b");
    }

    [Fact]
    public async Task Batch_rejects_bad_ids_and_more_than_1000_items_without_changing_anything()
    {
        var user = EmulatorFixture.NewId("batchbad");
        var ids = await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{user}\"", "keep");

        var badId = await Mem0.DeleteAsync("v1/batch/", $$"""{"memories": [{"memory_id": "{{ids[0]}}"}, {"memory_id": "nope"}]}""");
        badId.Code.Should().Be(400);
        badId.Body["error"]!.GetValue<string>().Should().Contain("Invalid memory ID");

        var many = new StringBuilder("{\"memories\": [");
        for (var i = 0; i < 1001; i++) many.Append(i == 0 ? "" : ",").Append("{\"memory_id\": \"").Append(ids[0]).Append("\"}");
        var tooMany = await Mem0.PutAsync("v1/batch/", many.Append("]}").ToString());
        tooMany.Code.Should().Be(400);
        tooMany.Body["error"]!.GetValue<string>().Should().Contain("1000");

        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""")).Should().Equal("keep");
    }

    [Fact]
    public async Task Feedback_is_recorded_and_validated()
    {
        var id = await Mem0Seed.AddOneAsync(Mem0, EmulatorFixture.NewId("fb"), "useful fact");

        var ok = await Mem0.PostAsync("v1/feedback/", $$"""{"memory_id": "{{id}}", "feedback": "POSITIVE", "feedback_reason": "spot on"}""");
        ok.Code.Should().Be(200);
        ok.Body["feedback"]!.GetValue<string>().Should().Be("POSITIVE");
        ok.Body["feedback_reason"]!.GetValue<string>().Should().Be("spot on");
        ok.Body["id"]!.GetValue<string>().Should().NotBeNullOrEmpty();

        var cleared = await Mem0.PostAsync("v1/feedback/", $$"""{"memory_id": "{{id}}", "feedback": null, "feedback_reason": null}""");
        cleared.Code.Should().Be(200);
        cleared.Body["feedback"].Should().BeNull();

        var badId = await Mem0.PostAsync("v1/feedback/", """{"memory_id": "123", "feedback": "POSITIVE"}""");
        badId.Code.Should().Be(400);
        badId.Body["error"]!.GetValue<string>().Should().Be("Invalid memory_id");
        (await Mem0.PostAsync("v1/feedback/", $$"""{"memory_id": "{{id}}", "feedback": "MEH"}""")).Code.Should().Be(400);
        (await Mem0.PostAsync("v1/feedback/", $$"""{"memory_id": "{{Guid.NewGuid()}}", "feedback": "NEGATIVE"}""")).Code.Should().Be(404);
    }

    [Fact]
    public async Task Export_is_created_with_201_and_shaped_by_the_schema()
    {
        var user = EmulatorFixture.NewId("exp");
        await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{user}\"", "likes jazz", "owns a bike");
        var schema = """{"type": "object", "properties": {"memories": {"type": "array", "items": {"type": "object", "properties": {"memory": {"type": "string"}, "user_id": {"type": "string"}}}}, "summary": {"type": "string"}}}""";

        var created = await Mem0.PostAsync("v1/exports/", $$"""{"schema": {{schema}}, "filters": {"user_id": "{{user}}"}, "export_instructions": "all"}""");

        created.Code.Should().Be(201);
        created.Body["message"]!.GetValue<string>().Should().Contain("export");
        var exported = await Mem0.PostAsync("v1/exports/get/", $$"""{"memory_export_id": "{{created.Body["id"]}}"}""");
        exported.Code.Should().Be(200);
        var memories = exported.Body["memories"]!.AsArray();
        memories.Select(m => m!["memory"]!.GetValue<string>()).Should().BeEquivalentTo("likes jazz", "owns a bike");
        memories[0]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("memory", "user_id");
        exported.Body.ContainsKey("summary").Should().BeTrue();

        var byFilters = await Mem0.PostAsync("v1/exports/get/", $$"""{"filters": {"user_id": "{{user}}"} }""");
        byFilters.Code.Should().Be(200);
    }

    [Fact]
    public async Task Export_validation_and_unknown_ids()
    {
        (await Mem0.PostAsync("v1/exports/", """{"filters": {"user_id": "u"}}""")).Code.Should().Be(400);
        var neither = await Mem0.PostAsync("v1/exports/get/", "{}");
        neither.Code.Should().Be(400);
        neither.Body["message"].Should().NotBeNull();
        var unknown = await Mem0.PostAsync("v1/exports/get/", $$"""{"memory_export_id": "{{Guid.NewGuid()}}"}""");
        unknown.Code.Should().Be(404);
        unknown.Body["error"]!.GetValue<string>().Should().Be("No memory export request found");
    }

    [Fact]
    public async Task Export_answers_404_until_ready_when_configured()
    {
        await using var slow = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { Mem0ExportPendingPolls = 1 });
        using var client = new HttpClient { BaseAddress = slow.Mem0BaseAddress };
        client.DefaultRequestHeaders.Add("Authorization", "Token k");
        var api = new EmulatorApi(client);
        var created = await api.PostAsync("v1/exports/", """{"schema": {}, "filters": {"user_id": "u"}}""");
        var get = $$"""{"memory_export_id": "{{created.Body["id"]}}"}""";

        (await api.PostAsync("v1/exports/get/", get)).Code.Should().Be(404);
        var ready = await api.PostAsync("v1/exports/get/", get);
        ready.Code.Should().Be(200);
        ready.Body["memories"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Events_are_listed_newest_first_and_unknown_events_are_404()
    {
        var add = await Mem0.PostAsync("v3/memories/add/", $$"""{"messages": [{"role": "user", "content": "event me"}], "user_id": "{{EmulatorFixture.NewId("ev")}}"}""");

        var list = await Mem0.GetAsync("v1/events/?page_size=5");

        list.Code.Should().Be(200);
        list.Body["results"]![0]!["id"]!.GetValue<string>().Should().Be(add.Body["event_id"]!.GetValue<string>());
        list.Body["count"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(1);
        var unknown = await Mem0.GetAsync($"v1/event/{Guid.NewGuid()}/");
        unknown.Code.Should().Be(404);
        unknown.Body["error"].Should().NotBeNull();
    }

    [Fact]
    public async Task Summary_joins_the_matching_memories()
    {
        var user = EmulatorFixture.NewId("sum");
        await Mem0Seed.AddVerbatimAsync(Mem0, $"\"user_id\": \"{user}\"", "alpha", "beta");

        var response = await Mem0.PostAsync("v1/summary/", $$"""{"filters": {"user_id": "{{user}}"} }""");

        response.Code.Should().Be(200);
        response.Items[0]!["memory_count"]!.GetValue<int>().Should().Be(2);
    }
}
