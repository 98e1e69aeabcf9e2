using System.Net;
using System.Text.Json.Nodes;
using MemoryClients.MemMachine;
using MemoryClients.Tests.MemMachine.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.MemMachine;

/// <summary>Zero-based offset paging without totals: the walk stops at a short page or an empty one.</summary>
public sealed class MemMachinePagingTests
{
    private static string Episodes(params string[] uids) =>
        new JsonObject
        {
            ["status"] = 0,
            ["content"] = new JsonObject
            {
                ["episodic_memory"] = new JsonArray(uids.Select(uid => (JsonNode)new JsonObject
                {
                    ["uid"] = uid,
                    ["content"] = $"episode {uid}",
                    ["session_key"] = "org_1/support",
                    ["created_at"] = "2025-03-01T09:30:00Z",
                    ["producer_id"] = "alice",
                    ["producer_role"] = "user",
                }).ToArray()),
            },
        }.ToJsonString();

    private static string Features(params string[] ids) =>
        new JsonObject
        {
            ["status"] = 0,
            ["content"] = new JsonObject
            {
                ["semantic_memory"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject
                {
                    ["category"] = "profile",
                    ["tag"] = "food",
                    ["feature_name"] = "diet",
                    ["value"] = $"value {id}",
                    ["metadata"] = new JsonObject { ["id"] = id },
                }).ToArray()),
            },
        }.ToJsonString();

    private static int PageNum(RecordedRequest request) => JsonNode.Parse(request.Body!)!["page_num"]!.GetValue<int>();

    [Fact]
    public async Task A_short_page_ends_the_walk()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Episodes("1", "2")).Respond(HttpStatusCode.OK, Episodes("3"));
        using var client = MemMachineTestClient.Cloud(handler);

        var episodes = await client.ListEpisodicAsync(options: new MemMachineListOptions { PageSize = 2 }).ToListAsync();

        episodes.Select(e => e.Uid).Should().Equal("1", "2", "3");
        handler.Requests.Select(PageNum).Should().Equal(0, 1);
    }

    [Fact]
    public async Task An_exact_multiple_costs_one_empty_page_and_page_numbers_run_0_1_2()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Episodes("1", "2")).Respond(HttpStatusCode.OK, Episodes("3", "4")).Respond(HttpStatusCode.OK, Episodes());
        using var client = MemMachineTestClient.Cloud(handler);

        var episodes = await client.ListEpisodicAsync(options: new MemMachineListOptions { PageSize = 2 }).ToListAsync();

        episodes.Select(e => e.Uid).Should().Equal("1", "2", "3", "4");
        handler.Requests.Select(PageNum).Should().Equal(0, 1, 2);
        handler.Requests.Should().OnlyContain(r => r.Path == "/v2/memories/list" && r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task An_empty_first_page_ends_the_walk_at_once()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Episodes());
        using var client = MemMachineTestClient.Cloud(handler);

        (await client.ListEpisodicAsync().ToListAsync()).Should().BeEmpty();
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_missing_array_counts_as_an_empty_page()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"status":0,"content":{}}""");
        using var client = MemMachineTestClient.Cloud(handler);

        (await client.ListSemanticAsync().ToListAsync()).Should().BeEmpty();
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task The_listing_is_lazy()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Episodes("1", "2"));
        using var client = MemMachineTestClient.Cloud(handler);

        var listing = client.ListEpisodicAsync(options: new MemMachineListOptions { PageSize = 2 });
        handler.Requests.Should().BeEmpty("nothing is fetched until the caller walks the listing");

        await foreach (var episode in listing)
        {
            episode.Uid.Should().Be("1");
            break;
        }
        handler.Requests.Should().HaveCount(2, "the second page is read ahead as the first is handed over; nothing after the walk stops");
    }

    [Fact]
    public async Task Each_request_names_one_type_and_sends_the_exact_body()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Features("f1"));
        using var client = MemMachineTestClient.Cloud(handler);

        var features = await client.ListSemanticAsync("support", new MemMachineListOptions { PageSize = 50, RawFilter = "tag='food'" }).ToListAsync();

        features.Single().Metadata!.Id.Should().Be("f1");
        handler.Requests.Single().Body.Should().Be("""{"project_id":"support","page_size":50,"page_num":0,"filter":"tag=\u0027food\u0027","type":"semantic"}""");
    }

    [Fact]
    public async Task Pages_carry_the_next_page_number_as_their_token()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Episodes("1", "2")).Respond(HttpStatusCode.OK, Episodes("3"));
        using var client = MemMachineTestClient.Cloud(handler);

        var pages = await client.ListEpisodicAsync(options: new MemMachineListOptions { PageSize = 2 }).AsPages().ToListAsync();

        pages.Select(p => p.ContinuationToken).Should().Equal("1", null);
        pages.Select(p => p.Items.Count).Should().Equal(2, 1);
        pages.Should().OnlyContain(p => p.TotalCount == null, "MemMachine reports no totals");
    }

    [Fact]
    public async Task A_walk_can_resume_from_a_token()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Episodes("5"));
        using var client = MemMachineTestClient.Cloud(handler);

        var pages = await client.ListEpisodicAsync(options: new MemMachineListOptions { PageSize = 2 }).AsPages("2").ToListAsync();

        pages.Should().ContainSingle();
        handler.Requests.Select(PageNum).Should().Equal(2);
    }

    [Fact]
    public async Task A_single_page_can_be_fetched_directly()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Features("a", "b")).Respond(HttpStatusCode.OK, Episodes("9"));
        using var client = MemMachineTestClient.Cloud(handler);

        var full = await client.ListSemanticPageAsync(continuationToken: "3", options: new MemMachineListOptions { PageSize = 2 });
        var partial = await client.ListEpisodicPageAsync(continuationToken: "4", options: new MemMachineListOptions { PageSize = 2 });

        full.ContinuationToken.Should().Be("4");
        partial.ContinuationToken.Should().BeNull();
        handler.Requests.Select(PageNum).Should().Equal(3, 4);
    }

    [Fact]
    public async Task The_default_page_size_is_the_services_100()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Episodes());
        using var client = MemMachineTestClient.SelfHosted(handler);

        await client.ListEpisodicAsync().ToListAsync();

        handler.Requests.Single().Body.Should().Be("""{"org_id":"universal","project_id":"universal","page_size":100,"page_num":0,"type":"episodic"}""");
    }

    [Fact]
    public async Task Cancelling_the_listing_token_stops_the_walk()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Episodes("1"));
        using var client = MemMachineTestClient.Cloud(handler);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var walk = () => client.ListEpisodicAsync(cancellationToken: cancel.Token).ToListAsync().AsTask();

        await walk.Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().BeEmpty();
    }
}
