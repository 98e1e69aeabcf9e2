using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class Mem0PlatformTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Project = "api/v1/orgs/organizations/org_emulator/projects/proj_emulator/";

    private EmulatorApi Mem0 => fixture.Mem0;

    [Fact]
    public async Task Project_get_returns_the_settings_and_fields_selects_some()
    {
        var full = await Mem0.GetAsync(Project);
        full.Code.Should().Be(200);
        full.Body["project_id"]!.GetValue<string>().Should().Be("proj_emulator");
        full.Body["custom_categories"]!.AsArray().Should().NotBeEmpty();
        full.Body["members"]!.AsArray().Should().NotBeEmpty();

        var some = await Mem0.GetAsync(Project + "?fields=custom_instructions&fields=multilingual");
        some.Body.Select(p => p.Key).Should().BeEquivalentTo("custom_instructions", "multilingual");
    }

    [Fact]
    public async Task Project_patch_updates_settings()
    {
        var response = await Mem0.PatchAsync(Project, """{"custom_instructions": "Only remember food.", "multilingual": true}""");

        response.Code.Should().Be(200);
        response.Body["message"]!.GetValue<string>().Should().Be("Project updated successfully");
        var after = await Mem0.GetAsync(Project + "?fields=custom_instructions&fields=multilingual");
        after.Body["custom_instructions"]!.GetValue<string>().Should().Be("Only remember food.");
        after.Body["multilingual"]!.GetValue<bool>().Should().BeTrue();
        (await Mem0.PatchAsync(Project, """{"multilingual": "yes"}""")).Code.Should().Be(400);
    }

    [Fact]
    public async Task Unknown_organisation_or_project_is_404_with_a_message_body()
    {
        var response = await Mem0.GetAsync("api/v1/orgs/organizations/other/projects/proj_emulator/");

        response.Code.Should().Be(404);
        response.Body["message"]!.GetValue<string>().Should().Be("Organization or project not found");
        (await Mem0.GetAsync("api/v1/orgs/organizations/org_emulator/projects/nope/")).Code.Should().Be(404);
    }

    [Fact]
    public async Task Members_can_be_added_updated_and_removed()
    {
        var email = EmulatorFixture.NewId("member") + "@example.com";

        var added = await Mem0.PostAsync(Project + "members/", $$"""{"email": "{{email}}", "role": "READER"}""");
        added.Code.Should().Be(200);
        (await Mem0.PostAsync(Project + "members/", $$"""{"email": "{{email}}", "role": "READER"}""")).Code.Should().Be(400);
        (await Mem0.PutAsync(Project + "members/", $$"""{"email": "{{email}}", "role": "OWNER"}""")).Code.Should().Be(200);
        (await Mem0.PutAsync(Project + "members/", $$"""{"email": "{{email}}", "role": "ADMIN"}""")).Code.Should().Be(400);

        var members = await Mem0.GetAsync(Project + "members/");
        members.Body["members"]!.AsArray().Single(m => m!["email"]!.GetValue<string>() == email)!["role"]!.GetValue<string>().Should().Be("OWNER");

        (await Mem0.DeleteAsync(Project + $"members/?email={Uri.EscapeDataString(email)}")).Code.Should().Be(200);
        (await Mem0.DeleteAsync(Project + $"members/?email={Uri.EscapeDataString(email)}")).Code.Should().Be(404);
    }

    [Fact]
    public async Task Projects_can_be_created_and_deleted_but_not_the_keys_own()
    {
        var created = await Mem0.PostAsync("api/v1/orgs/organizations/org_emulator/projects/", """{"name": "Side project"}""");
        created.Code.Should().Be(200);
        var id = created.Body["project_id"]!.GetValue<string>();

        (await Mem0.GetAsync($"api/v1/orgs/organizations/org_emulator/projects/{id}/")).Body["name"]!.GetValue<string>().Should().Be("Side project");
        (await Mem0.DeleteAsync($"api/v1/orgs/organizations/org_emulator/projects/{id}/")).Code.Should().Be(200);
        (await Mem0.GetAsync($"api/v1/orgs/organizations/org_emulator/projects/{id}/")).Code.Should().Be(404);
        (await Mem0.DeleteAsync(Project)).Code.Should().Be(403);
    }

    [Fact]
    public async Task Webhooks_support_create_list_update_and_delete()
    {
        var created = await Mem0.PostAsync("api/v1/webhooks/projects/proj_emulator/",
            """{"name": "hook", "url": "https://example.com/hook", "event_types": ["memory_add"]}""");
        created.Code.Should().Be(201);
        var id = created.Body["webhook_id"]!.GetValue<string>();
        created.Body["is_active"]!.GetValue<bool>().Should().BeTrue();
        created.Body["project"]!.GetValue<string>().Should().Be("proj_emulator");

        var list = await Mem0.GetAsync("api/v1/webhooks/projects/proj_emulator/");
        list.Items.Select(w => w!["webhook_id"]!.GetValue<string>()).Should().Contain(id);

        var updated = await Mem0.PutAsync($"api/v1/webhooks/{id}/", """{"name": "renamed", "event_types": ["memory_add", "memory_delete"]}""");
        updated.Code.Should().Be(200);
        updated.Body["message"]!.GetValue<string>().Should().Be("Webhook updated successfully");
        var after = (await Mem0.GetAsync("api/v1/webhooks/projects/proj_emulator/")).Items.Single(w => w!["webhook_id"]!.GetValue<string>() == id)!;
        after["name"]!.GetValue<string>().Should().Be("renamed");
        after["event_types"]!.AsArray().Should().HaveCount(2);

        (await Mem0.DeleteAsync($"api/v1/webhooks/{id}/")).Code.Should().Be(200);
        var gone = await Mem0.DeleteAsync($"api/v1/webhooks/{id}/");
        gone.Code.Should().Be(404);
        gone.Body["error"]!.GetValue<string>().Should().Be("Webhook not found");
    }

    [Fact]
    public async Task Webhook_validation_uses_DRF_field_errors_and_unknown_projects_are_403()
    {
        var missing = await Mem0.PostAsync("api/v1/webhooks/projects/proj_emulator/", """{"url": "https://example.com"}""");
        missing.Code.Should().Be(400);
        missing.Body["name"]![0]!.GetValue<string>().Should().Be("This field is required.");

        var badType = await Mem0.PostAsync("api/v1/webhooks/projects/proj_emulator/",
            """{"name": "h", "url": "https://example.com", "event_types": ["memory_explode"]}""");
        badType.Code.Should().Be(400);
        badType.Body["event_types"]![0]!.GetValue<string>().Should().Contain("not a valid choice");

        var badUrl = await Mem0.PostAsync("api/v1/webhooks/projects/proj_emulator/", """{"name": "h", "url": "not a url", "event_types": []}""");
        badUrl.Body["url"]![0]!.GetValue<string>().Should().Be("Enter a valid URL.");

        var forbidden = await Mem0.GetAsync("api/v1/webhooks/projects/someone-elses/");
        forbidden.Code.Should().Be(403);
        forbidden.Body["error"]!.GetValue<string>().Should().Be("You don't have access to this project");
    }
}
