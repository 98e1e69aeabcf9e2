using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class MemMachineProjectTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private EmulatorApi Mm => fixture.MemMachine;

    [Fact]
    public async Task Create_get_list_and_delete_a_project()
    {
        var id = EmulatorFixture.NewId("proj");

        var created = await Mm.PostAsync("projects", $$"""{"project_id": "{{id}}", "description": "demo"}""");
        created.Code.Should().Be(201);
        created.Body["org_id"]!.GetValue<string>().Should().Be("emulator");
        created.Body["project_id"]!.GetValue<string>().Should().Be(id);
        created.Body["description"]!.GetValue<string>().Should().Be("demo");
        created.Body["config"]!.ToJsonString().Should().Be("""{"embedder":"","reranker":""}""");

        (await Mm.PostAsync("projects/get", $$"""{"project_id": "{{id}}"}""")).Body["description"]!.GetValue<string>().Should().Be("demo");
        var list = await Mm.PostAsync("projects/list", null);
        list.Code.Should().Be(200);
        list.Items.Select(p => p!["project_id"]!.GetValue<string>()).Should().Contain([id, ""]);

        var deleted = await Mm.PostAsync("projects/delete", $$"""{"project_id": "{{id}}"}""");
        deleted.Code.Should().Be(204);
        deleted.Text.Should().BeEmpty();
        var missing = await Mm.PostAsync("projects/get", $$"""{"project_id": "{{id}}"}""");
        missing.Code.Should().Be(404);
        missing.Body["code"]!.GetValue<int>().Should().Be(404);
        missing.Body["message"]!.GetValue<string>().Should().Be("Project does not exist");
    }

    [Fact]
    public async Task Existing_and_default_projects_conflict_and_unknown_ones_are_404_on_delete()
    {
        var id = EmulatorFixture.NewId("dup");
        await Mm.PostAsync("projects", $$"""{"project_id": "{{id}}"}""");

        var again = await Mm.PostAsync("projects", $$"""{"project_id": "{{id}}"}""");
        again.Code.Should().Be(409);
        again.Body["message"]!.GetValue<string>().Should().Be("Project already exists");
        (await Mm.PostAsync("projects", """{"project_id": ""}""")).Code.Should().Be(409);
        (await Mm.PostAsync("projects/get", "{}")).Code.Should().Be(200);
        (await Mm.PostAsync("projects/delete", """{"project_id": "never-created"}""")).Code.Should().Be(404);
    }

    [Theory]
    [InlineData("""{"project_id": "a/b"}""")]
    [InlineData("""{"project_id": "has space"}""")]
    [InlineData("""{"project_id": 5}""")]
    public async Task Invalid_project_ids_are_422(string body)
    {
        var response = await Mm.PostAsync("projects", body);

        response.Code.Should().Be(422);
        response.Body["message"]!.GetValue<string>().Should().StartWith("Invalid request payload: project_id:");
    }

    [Fact]
    public async Task Project_ids_accept_unicode_letters_digits_and_colons_up_to_255_characters()
    {
        (await Mm.PostAsync("projects", """{"project_id": "équipe:42_a-b"}""")).Code.Should().Be(201);
        (await Mm.PostAsync("projects", $$"""{"project_id": "{{new string('x', 256)}}"}""")).Code.Should().Be(422);
    }

    [Fact]
    public async Task Episode_count_counts_the_projects_episodes_and_is_0_for_unknown_projects()
    {
        var id = EmulatorFixture.NewId("count");
        await Mm.PostAsync("memories", $$"""{"project_id": "{{id}}", "messages": [{"content": "a"}, {"content": "b"}]}""");

        (await Mm.PostAsync("projects/episode_count/get", $$"""{"project_id": "{{id}}"}""")).Body["count"]!.GetValue<int>().Should().Be(2);
        (await Mm.PostAsync("projects/episode_count/get", """{"project_id": "nothing-here"}""")).Body["count"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Deleting_a_project_removes_its_memories()
    {
        var id = EmulatorFixture.NewId("wipe");
        await Mm.PostAsync("memories", $$"""{"project_id": "{{id}}", "messages": [{"content": "I like chess."}]}""");

        await Mm.PostAsync("projects/delete", $$"""{"project_id": "{{id}}"}""");

        var list = await Mm.PostAsync("memories/list", $$"""{"project_id": "{{id}}"}""");
        list.Body["content"]!["episodic_memory"]!.AsArray().Should().BeEmpty();
        list.Body["content"]!["semantic_memory"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Health_and_metrics_need_no_key()
    {
        var root = await fixture.Root.GetAsync("memmachine/health");
        root.Code.Should().Be(200);
        root.Body["status"]!.GetValue<string>().Should().Be("healthy");
        root.Body["service"]!.GetValue<string>().Should().Be("memmachine");
        (await fixture.Root.GetAsync("memmachine/v2/health")).Code.Should().Be(200);

        var metrics = await fixture.Root.GetAsync("memmachine/v2/metrics");
        metrics.Code.Should().Be(200);
        metrics.Header("Content-Type").Should().StartWith("text/plain");
        metrics.Text.Should().Contain("memmachine_episodes ");
    }

    [Fact]
    public async Task Bearer_key_is_enforced_when_configured()
    {
        var none = await fixture.Root.PostAsync("memmachine/v2/projects/list", null);
        none.Code.Should().Be(401);
        none.Body["code"]!.GetValue<int>().Should().Be(401);

        var wrong = await fixture.Root.PostAsync("memmachine/v2/projects/list", null, ("Authorization", "Bearer nope"));
        wrong.Code.Should().Be(401);
        wrong.Header("WWW-Authenticate").Should().Be("Bearer");
    }

    [Fact]
    public async Task Without_a_configured_key_MemMachine_needs_no_authentication()
    {
        await using var open = await MemoryEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = open.MemMachineBaseAddress };

        (await new EmulatorApi(client).PostAsync("projects/list", null)).Code.Should().Be(200);
    }

    [Fact]
    public async Task Unknown_routes_are_404_in_the_service_shape()
    {
        var response = await Mm.PostAsync("memories/explode", "{}");

        response.Code.Should().Be(404);
        response.Body["code"]!.GetValue<int>().Should().Be(404);
    }
}
