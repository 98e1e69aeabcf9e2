using System.Net;
using System.Reflection;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.Tests.Mem0.Platform.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0.Platform;

/// <summary>Entity listing walks every page lazily, reading only the page number from <c>next</c>; delete-all walks every page.</summary>
public sealed class EntityPagingTests
{
    private static string Page(string next, params (string Type, string Name)[] entities) =>
        $$"""{"count":5,"next":{{next}},"previous":null,"results":[{{string.Join(",", entities.Select((e, i) =>
            $$"""{"id":"{{i + 1}}","name":"{{e.Name}}","type":"{{e.Type}}","created_at":"2026-03-01T10:00:00Z","updated_at":"2026-03-01T10:00:00Z","owner":"dev"}"""))}}],"total_users":3,"total_agents":1,"total_apps":1,"total_runs":0}""";

    [Fact]
    public async Task List_follows_next_links_to_our_own_base_address()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, Page("\"https://api.mem0.ai/v1/entities/?page=2&page_size=2\"", ("user", "alice"), ("user", "bob")))
            .Respond(HttpStatusCode.OK, Page("\"http://evil.example/v1/entities/?page_size=2&page=3\"", ("agent", "concierge"), ("user", "carol")))
            .Respond(HttpStatusCode.OK, Page("null", ("app", "web")));
        using var client = PlatformClient.Create(handler);

        var names = new List<string?>();
        await foreach (var entity in client.Entities.ListAsync(pageSize: 2))
            names.Add(entity.Name);

        names.Should().Equal("alice", "bob", "concierge", "carol", "web");
        handler.Requests.Should().OnlyContain(r => r.Uri.Host == PlatformClient.BaseAddress.Host && r.Path == "/v1/entities/");
        handler.Requests.Select(r => r.Query).Should().Equal("page=1&page_size=2", "page=2&page_size=2", "page=3&page_size=2");
    }

    [Fact]
    public async Task List_is_lazy_and_pages_expose_totals()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, Page("\"https://api.mem0.ai/v1/entities/?page=2\"", ("user", "alice")))
            .Respond(HttpStatusCode.OK, Page("null", ("user", "bob")));
        using var client = PlatformClient.Create(handler);

        await foreach (var entity in client.Entities.ListAsync().WithPrefetch(false))
        {
            entity.Name.Should().Be("alice");
            break;
        }
        handler.Requests.Should().ContainSingle("without read-ahead the second page is fetched only when needed");
        handler.Requests[0].Query.Should().Be("page=1");

        await foreach (var page in client.Entities.ListAsync().AsPages("page=2"))
        {
            page.Items.Should().ContainSingle().Which.Name.Should().Be("bob");
            page.TotalCount.Should().Be(5);
            page.ContinuationToken.Should().BeNull();
        }
        handler.Requests[^1].Query.Should().Be("page=2");
    }

    [Fact]
    public async Task A_next_link_without_a_page_number_moves_to_the_following_page()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, Page("\"https://api.mem0.ai/v1/entities/?cursor=abc\"", ("user", "alice")))
            .Respond(HttpStatusCode.OK, Page("null", ("user", "bob")));
        using var client = PlatformClient.Create(handler);

        var all = new List<string?>();
        await foreach (var entity in client.Entities.ListAsync())
            all.Add(entity.Name);

        all.Should().Equal("alice", "bob");
        handler.Requests.Select(r => r.Query).Should().Equal("page=1", "page=2");
    }

    [Fact]
    public async Task One_page_is_asked_for_by_the_token_of_the_page_before()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Page("null", ("user", "alice")));
        using var client = PlatformClient.Create(handler);

        var page = await client.Entities.ListPageAsync("page=3", 50);

        page.Items.Should().ContainSingle().Which.Id.Should().Be("1");
        page.ContinuationToken.Should().BeNull();
        handler.Requests[0].Query.Should().Be("page=3&page_size=50");
    }

    [Fact]
    public async Task Delete_all_lists_every_page_first_then_deletes_each_entity_by_type_and_name()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, Page("\"https://api.mem0.ai/v1/entities/?page=2&page_size=200\"", ("user", "alice"), ("agent", "concierge")))
            .Respond(HttpStatusCode.OK, Page("null", ("app", "web shop")))
            .Respond(HttpStatusCode.OK, """{"message":"Delete in progress. This may take some time.","event_id":"9b1f6c1e-0b55-4d0f-9a8e-6c0f2f6b7a11"}""")
            .Respond(HttpStatusCode.OK, """{"message":"Delete in progress. This may take some time.","event_id":"9b1f6c1e-0b55-4d0f-9a8e-6c0f2f6b7a12"}""")
            .Respond(HttpStatusCode.OK, """{"message":"Delete in progress. This may take some time.","event_id":"9b1f6c1e-0b55-4d0f-9a8e-6c0f2f6b7a13"}""");
        using var client = PlatformClient.Create(handler);

        var deleted = await client.Entities.DeleteAllEntitiesAsync(Mem0DeleteEverything.Confirmed);

        deleted.Select(d => (d.Type, d.Name)).Should().Equal(("user", "alice"), ("agent", "concierge"), ("app", "web shop"));
        deleted[2].EventId.Should().EndWith("7a13");
        var requests = handler.Requests;
        requests.Select(r => $"{r.Method} {r.Uri.PathAndQuery}").Should().Equal(
            "GET /v1/entities/?page=1&page_size=200",
            "GET /v1/entities/?page=2&page_size=200",
            "DELETE /v2/entities/user/alice/",
            "DELETE /v2/entities/agent/concierge/",
            "DELETE /v2/entities/app/web%20shop/");
    }

    [Fact]
    public async Task Delete_all_on_an_empty_project_deletes_nothing()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"count":0,"next":null,"previous":null,"results":[]}""");
        using var client = PlatformClient.Create(handler);

        var deleted = await client.Entities.DeleteAllEntitiesAsync(Mem0DeleteEverything.Confirmed);

        deleted.Should().BeEmpty();
        handler.Requests.Should().ContainSingle().Which.Method.Should().Be(HttpMethod.Get);
    }

    [Fact]
    public void Deleting_everything_needs_the_one_consent_token_nobody_can_construct()
    {
        typeof(Mem0DeleteEverything).IsSealed.Should().BeTrue();
        typeof(Mem0DeleteEverything).GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
        Mem0DeleteEverything.Confirmed.Should().BeSameAs(Mem0DeleteEverything.Confirmed);
        typeof(Mem0EntitiesClient).GetMethod(nameof(Mem0EntitiesClient.DeleteAllEntitiesAsync))!.GetParameters()[0]
            .Should().Match<ParameterInfo>(p => p.ParameterType == typeof(Mem0DeleteEverything) && !p.HasDefaultValue);
    }

    [Fact]
    public void The_v1_entity_delete_is_obsolete_and_names_its_v2_replacement()
    {
        var method = typeof(IMem0V1Api).GetMethod(nameof(IMem0V1Api.DeleteEntityAsync))!;
        var obsolete = method.GetCustomAttribute<ObsoleteAttribute>();
        obsolete.Should().NotBeNull();
        obsolete!.Message.Should().Contain("IMem0V2Api.DeleteEntityAsync").And.Contain("/v2/entities/");
    }

    [Fact]
    public async Task A_cancelled_list_stops_before_the_next_page()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, Page("\"https://api.mem0.ai/v1/entities/?page=2\"", ("user", "alice")))
            .Respond(HttpStatusCode.OK, Page("null", ("user", "bob")));
        using var client = PlatformClient.Create(handler);
        using var cancel = new CancellationTokenSource();

        var walk = async () =>
        {
            await foreach (var _ in client.Entities.ListAsync().WithCancellation(cancel.Token))
                await cancel.CancelAsync();
        };

        await walk.Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().HaveCount(2, "page 2 was read ahead as page 1 was handed over; its items are not handed over after the cancellation");
    }
}
