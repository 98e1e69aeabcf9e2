using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class Mem0MemoryTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private EmulatorApi Mem0 => fixture.Mem0;

    [Fact]
    public async Task Non_uuid_id_is_400_and_unknown_uuid_is_404()
    {
        var bad = await Mem0.GetAsync("v1/memories/not-a-uuid/");
        bad.Code.Should().Be(400);
        bad.Body["error"]!.GetValue<string>().Should().Be("Invalid memory ID");

        var missing = await Mem0.GetAsync($"v1/memories/{Guid.NewGuid()}/");
        missing.Code.Should().Be(404);
        missing.Body["error"]!.GetValue<string>().Should().Be("Memory not found");

        (await Mem0.PutAsync("v1/memories/nope/", """{"text": "x"}""")).Code.Should().Be(400);
        (await Mem0.DeleteAsync($"v1/memories/{Guid.NewGuid()}/")).Code.Should().Be(404);
        (await Mem0.GetAsync("v1/memories/nope/history/")).Code.Should().Be(400);
    }

    [Fact]
    public async Task Update_changes_text_and_metadata_and_null_clears_the_expiration()
    {
        var user = EmulatorFixture.NewId("upd");
        var id = await Mem0Seed.AddOneAsync(Mem0, user, "I drink coffee", "\"expiration_date\": \"2999-01-01\", \"metadata\": {\"a\": 1}");

        var updated = await Mem0.PutAsync($"v1/memories/{id}/", """{"text": "I drink green tea", "metadata": {"b": 2}, "expiration_date": null}""");

        updated.Code.Should().Be(200);
        updated.Body["id"]!.GetValue<string>().Should().Be(id);
        updated.Body["memory"]!.GetValue<string>().Should().Be("I drink green tea");
        updated.Body["metadata"]!.ToJsonString().Should().Be("""{"b":2}""");
        updated.Body.ContainsKey("expiration_date").Should().BeTrue();
        updated.Body["expiration_date"].Should().BeNull();

        var reread = await Mem0.GetAsync($"v1/memories/{id}/");
        reread.Body["memory"]!.GetValue<string>().Should().Be("I drink green tea");
        reread.Body["expiration_date"].Should().BeNull();
    }

    [Fact]
    public async Task Update_without_any_field_or_with_a_bad_date_is_400()
    {
        var id = await Mem0Seed.AddOneAsync(Mem0, EmulatorFixture.NewId("upd"), "x");

        (await Mem0.PutAsync($"v1/memories/{id}/", "{}")).Code.Should().Be(400);
        (await Mem0.PutAsync($"v1/memories/{id}/", """{"expiration_date": "tomorrow"}""")).Code.Should().Be(400);
    }

    [Fact]
    public async Task Memory_events_list_every_history_entry_newest_first_in_pages_of_limit()
    {
        var id = await Mem0Seed.AddOneAsync(Mem0, EmulatorFixture.NewId("events"), "v1 text");
        await Mem0.PutAsync($"v1/memories/{id}/", """{"text": "v2 text"}""");

        var page = await Mem0.GetAsync("v1/memories/events/?limit=2");

        page.Code.Should().Be(200, page.Text);
        var results = page.Body["results"]!.AsArray();
        results.Select(e => (e!["memory_id"]!.GetValue<string>(), e["event"]!.GetValue<string>()))
            .Should().Equal((id, "UPDATE"), (id, "ADD"));
        var count = page.Body["count"]!.GetValue<int>();
        count.Should().BeGreaterThanOrEqualTo(2);
        if (count > 2)
            page.Body["next"]!.GetValue<string>().Should().EndWith("/v1/memories/events/?limit=2&page=2");
        (await Mem0.GetAsync("v1/memories/events/?limit=0")).Code.Should().Be(400);
        (await Mem0.GetAsync("v1/memories/events/?page=100000")).Code.Should().Be(404);
    }

    [Fact]
    public async Task History_records_add_update_and_delete()
    {
        var id = await Mem0Seed.AddOneAsync(Mem0, EmulatorFixture.NewId("hist"), "v1 text");
        await Mem0.PutAsync($"v1/memories/{id}/", """{"text": "v2 text"}""");
        var deleted = await Mem0.DeleteAsync($"v1/memories/{id}/");
        deleted.Code.Should().Be(200);
        deleted.Body["message"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        deleted.Body.ContainsKey("cascade_count").Should().BeFalse();

        var history = await Mem0.GetAsync($"v1/memories/{id}/history/");

        history.Code.Should().Be(200);
        var entries = history.Items;
        entries.Select(e => e!["event"]!.GetValue<string>()).Should().Equal("ADD", "UPDATE", "DELETE");
        entries[1]!["old_memory"]!.GetValue<string>().Should().Be("v1 text");
        entries[1]!["new_memory"]!.GetValue<string>().Should().Be("v2 text");
        entries[0]!["input"]!.AsArray().Should().ContainSingle();
        entries.Should().OnlyContain(e => e!["memory_id"]!.GetValue<string>() == id);
        (await Mem0.GetAsync($"v1/memories/{id}/")).Code.Should().Be(404);
    }

    [Fact]
    public async Task A_changed_fact_supersedes_the_old_one_and_delete_linked_removes_the_chain()
    {
        var user = EmulatorFixture.NewId("chain");
        await Mem0.PostAsync("v3/memories/add/", $$"""{"messages": [{"role": "user", "content": "I live in Berlin."}], "user_id": "{{user}}"}""");
        await Mem0.PostAsync("v3/memories/add/", $$"""{"messages": [{"role": "user", "content": "I live in Munich."}], "user_id": "{{user}}"}""");
        var list = await Mem0.PostAsync("v3/memories/", $$"""{"filters": {"user_id": "{{user}}"} }""");
        var memories = list.Body["results"]!.AsArray();
        memories.Should().HaveCount(2);
        var newest = memories[0]!["id"]!.GetValue<string>();
        memories[1]!["replaced_by"]!.GetValue<string>().Should().Be(newest);

        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""", "\"latest_only\": true")).Should().ContainSingle();

        var deleted = await Mem0.DeleteAsync($"v1/memories/{newest}/?delete_linked=true");

        deleted.Body["cascade_count"]!.GetValue<int>().Should().Be(1);
        (await Mem0Seed.ListTextsAsync(Mem0, $$"""{"user_id": "{{user}}"}""")).Should().BeEmpty();
    }
}
