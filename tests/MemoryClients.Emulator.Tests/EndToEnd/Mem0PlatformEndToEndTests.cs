using System.Text.Json.Nodes;
using MemoryClients.Errors;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>An emulator whose events and exports report "not ready" for two polls, so waiting really polls.</summary>
public sealed class PendingJobsFixture : EndToEndFixture
{
    public const int PendingPolls = 2;

    protected override MemoryEmulatorOptions Options => new()
    {
        Mem0ApiKey = Mem0Key,
        MemMachineApiKey = MemMachineKey,
        Mem0EventPendingPolls = PendingPolls,
        Mem0ExportPendingPolls = PendingPolls,
    };
}

/// <summary>Mem0Client platform operations end to end: ping, events, exports, project, members, webhooks.</summary>
public sealed class Mem0PlatformEndToEndTests(PendingJobsFixture fixture) : IClassFixture<PendingJobsFixture>
{
    private static readonly TimeSpan FastPoll = TimeSpan.FromMilliseconds(1);

    private Mem0Client Client => fixture.Mem0;

    [Fact]
    public async Task Ping_reports_the_emulator_identity()
    {
        var ping = await Client.PingAsync();

        ping.Status.Should().Be("ok");
        ping.OrgId.Should().Be("org_emulator");
        ping.ProjectId.Should().Be("proj_emulator");
        ping.UserEmail.Should().Be("developer@emulator.local");
    }

    [Fact]
    public async Task A_wrong_api_key_is_an_authentication_error()
    {
        var client = fixture.CreateMem0(apiKey: "not-the-key");

        var act = () => client.PingAsync();

        var error = (await act.Should().ThrowAsync<MemoryAuthenticationException>()).Which;
        error.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
        error.ServiceMessage.Should().NotBeNullOrEmpty();
        error.ToString().Should().NotContain("not-the-key");
        error.Message.Should().NotContain("not-the-key");
    }

    [Fact]
    public async Task Waiting_for_an_inferred_add_polls_the_event_until_it_succeeds()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("poll"));
        var added = await Client.AddAsync([Mem0Message.User("I collect vinyl records.")], scope);

        var first = await Client.Events.GetAsync(added.EventId!);
        var completed = await Client.Events.WaitForCompletionAsync(added.EventId!, FastPoll);

        first.Status.Should().Be(Mem0EventStatus.Pending);
        completed.Status.Should().Be(Mem0EventStatus.Succeeded);
        completed.Id.Should().Be(added.EventId);
        completed.Results.Should().ContainSingle();
        fixture.Emulator.RequestLog.ForPath($"/mem0/v1/event/{added.EventId}/").Should().HaveCount(PendingJobsFixture.PendingPolls + 1);
    }

    [Fact]
    public async Task Events_list_walks_pages_and_get_page_reports_the_count()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("events"));
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add((await Client.AddAsync([Mem0Message.User($"Event fact {i}.")], scope, new Mem0AddOptions { Infer = false })).EventId!);

        var firstPage = await Client.Events.ListPageAsync(null, 2);
        var pages = await Client.Events.ListAsync(pageSize: 2).CollectPagesAsync();

        firstPage.TotalCount.Should().BeGreaterThanOrEqualTo(3);
        firstPage.Items.Should().HaveCount(2);
        pages.Count.Should().Be((firstPage.TotalCount!.Value + 1) / 2);
        pages.SelectMany(p => p.Items).Select(e => e.Id).Should().Contain(ids).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Unknown_event_is_not_found()
    {
        var act = () => Client.Events.GetAsync(Guid.NewGuid().ToString());

        (await act.Should().ThrowAsync<MemoryNotFoundException>()).Which.ServiceMessage.Should().Be("Event not found");
    }

    [Fact]
    public async Task Export_is_created_then_waited_for_then_read_by_id_and_by_filters()
    {
        var user = EndToEndFixture.NewId("export");
        var scope = MemoryScope.ForUser(user);
        await Client.AddAsync([Mem0Message.User("Prefers window seats."), Mem0Message.User("Vegetarian.")], scope, new Mem0AddOptions { Infer = false });
        var schema = JsonNode.Parse("""
            {"type": "object", "properties": {"facts": {"type": "array", "items": {"type": "object", "properties": {"memory": {"type": "string"}, "user_id": {"type": "string"}}}}}}
            """)!.AsObject();
        var filters = new JsonObject { ["user_id"] = user };

        var created = await Client.Exports.CreateAsync(schema, filters, "List the user's facts.");
        var ready = await Client.Exports.WaitUntilReadyAsync(created.Id!, FastPoll);
        var byId = await Client.Exports.GetAsync(created.Id!);
        var byFilters = await Client.Exports.GetAsync(new JsonObject { ["user_id"] = user });

        created.Message.Should().NotBeNullOrEmpty();
        var facts = ready["facts"]!.AsArray();
        facts.Select(f => f!["memory"]!.GetValue<string>()).Should().BeEquivalentTo("Prefers window seats.", "Vegetarian.");
        facts.Should().OnlyContain(f => f!["user_id"]!.GetValue<string>() == user && f.AsObject().Count == 2);
        byId.ToJsonString().Should().Be(ready.ToJsonString());
        byFilters.ToJsonString().Should().Be(ready.ToJsonString());
        fixture.Emulator.RequestLog.ForPath("/mem0/v1/exports/get/")
            .Count(e => e.Body.Contains(created.Id!, StringComparison.Ordinal)).Should().Be(PendingJobsFixture.PendingPolls + 2);
    }

    [Fact]
    public async Task Export_that_does_not_exist_is_not_found()
    {
        var act = () => Client.Exports.GetAsync(Guid.NewGuid().ToString());

        await act.Should().ThrowAsync<MemoryNotFoundException>();
    }

    [Fact]
    public async Task Project_get_with_and_without_fields_and_update_round_trips()
    {
        var instructions = "Remember dietary needs " + Guid.NewGuid().ToString("N");

        var before = await Client.Project.GetAsync();
        var updated = await Client.Project.UpdateAsync(new Mem0UpdateProjectRequest { CustomInstructions = instructions, Multilingual = true });
        var after = await Client.Project.GetAsync();
        var selected = await Client.Project.GetAsync(["custom_instructions", "name"]);

        before.ProjectId.Should().Be("proj_emulator");
        before.Name.Should().NotBeNullOrEmpty();
        updated.Message.Should().NotBeNullOrEmpty();
        after.CustomInstructions.Should().Be(instructions);
        after.Multilingual.Should().BeTrue();
        selected.CustomInstructions.Should().Be(instructions);
        selected.Name.Should().Be(before.Name);
        selected.ProjectId.Should().BeNull("only the requested fields come back");
        fixture.Emulator.RequestLog.Entries.Last(e => e.Method == "GET" && e.Path.Contains("/projects/", StringComparison.Ordinal))
            .Query.Should().Be("fields=custom_instructions&fields=name");
    }

    [Fact]
    public async Task Project_members_can_be_added_promoted_and_removed()
    {
        var email = EndToEndFixture.NewId("member") + "@example.com";

        await Client.Project.AddMemberAsync(email);
        var added = await Client.Project.ListMembersAsync();
        await Client.Project.UpdateMemberAsync(email, Mem0ProjectRole.Owner);
        var promoted = await Client.Project.ListMembersAsync();
        var removed = await Client.Project.RemoveMemberAsync(email);
        var after = await Client.Project.ListMembersAsync();

        added.Should().ContainSingle(m => m.Email == email).Which.Role.Should().Be(Mem0ProjectRole.Reader);
        promoted.Should().ContainSingle(m => m.Email == email).Which.Role.Should().Be(Mem0ProjectRole.Owner);
        removed.Message.Should().NotBeNullOrEmpty();
        after.Should().NotContain(m => m.Email == email);
        var again = () => Client.Project.RemoveMemberAsync(email);
        await again.Should().ThrowAsync<MemoryNotFoundException>();
    }

    [Fact]
    public async Task Projects_can_be_created_and_deleted_but_not_the_keys_own_project()
    {
        var created = await Client.Project.CreateAsync("Side project", "For the e2e suite");

        created.ProjectId.Should().NotBeNullOrEmpty();
        var deleted = await Client.Project.DeleteAsync(created.ProjectId!);
        deleted.Message.Should().NotBeNullOrEmpty();
        var again = () => Client.Project.DeleteAsync(created.ProjectId!);
        var own = () => Client.Project.DeleteAsync("proj_emulator");
        await again.Should().ThrowAsync<MemoryNotFoundException>();
        await own.Should().ThrowAsync<MemoryAuthenticationException>().Where(e => e.StatusCode == System.Net.HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_identity_for_project_calls_is_pinged_once_per_client()
    {
        var client = fixture.CreateMem0();
        var before = fixture.Emulator.RequestLog.ForPath("/mem0/v1/ping/").Count;

        await client.Project.GetAsync();
        await client.Project.ListMembersAsync();
        await client.Webhooks.ListAsync();

        fixture.Emulator.RequestLog.ForPath("/mem0/v1/ping/").Count.Should().Be(before + 1);
    }

    [Fact]
    public async Task Webhooks_create_list_update_delete()
    {
        var name = EndToEndFixture.NewId("hook");

        var created = await Client.Webhooks.CreateAsync(name, "https://hooks.example.com/mem0", [Mem0WebhookEventType.MemoryAdd]);
        var listed = await Client.Webhooks.ListAsync();
        var updated = await Client.Webhooks.UpdateAsync(created.WebhookId!, name: name + "-renamed",
            eventTypes: [Mem0WebhookEventType.MemoryAdd, Mem0WebhookEventType.MemoryDelete]);
        var afterUpdate = await Client.Webhooks.ListAsync("proj_emulator");
        var deleted = await Client.Webhooks.DeleteAsync(created.WebhookId!);
        var afterDelete = await Client.Webhooks.ListAsync();

        created.Name.Should().Be(name);
        created.Url.Should().Be("https://hooks.example.com/mem0");
        created.EventTypes.Should().Equal(Mem0WebhookEventType.MemoryAdd);
        created.IsActive.Should().BeTrue();
        listed.Should().ContainSingle(w => w.WebhookId == created.WebhookId);
        updated.Message.Should().NotBeNullOrEmpty();
        var hook = afterUpdate.Single(w => w.WebhookId == created.WebhookId);
        hook.Name.Should().Be(name + "-renamed");
        hook.EventTypes.Should().Equal(Mem0WebhookEventType.MemoryAdd, Mem0WebhookEventType.MemoryDelete);
        deleted.Message.Should().NotBeNullOrEmpty();
        afterDelete.Should().NotContain(w => w.WebhookId == created.WebhookId);
    }

    [Fact]
    public async Task Webhook_in_another_project_and_errors_for_bad_event_types_and_unknown_ids()
    {
        var project = await Client.Project.CreateAsync("Hooks project");
        var hook = await Client.Webhooks.CreateAsync("side", "https://hooks.example.com/side", [Mem0WebhookEventType.MemoryUpdate], project.ProjectId);

        (await Client.Webhooks.ListAsync(project.ProjectId)).Select(w => w.WebhookId).Should().Equal(hook.WebhookId);
        (await Client.Webhooks.ListAsync()).Should().NotContain(w => w.WebhookId == hook.WebhookId);

        var badType = () => Client.Webhooks.CreateAsync("bad", "https://hooks.example.com/bad", ["memory_explode"]);
        var unknown = () => Client.Webhooks.UpdateAsync("999999", name: "x");
        var foreign = () => Client.Webhooks.ListAsync("proj_someone_else");
        (await badType.Should().ThrowAsync<MemoryValidationException>()).Which.ServiceMessage.Should().Contain("event_types");
        await unknown.Should().ThrowAsync<MemoryNotFoundException>();
        await foreign.Should().ThrowAsync<MemoryAuthenticationException>();
    }
}
