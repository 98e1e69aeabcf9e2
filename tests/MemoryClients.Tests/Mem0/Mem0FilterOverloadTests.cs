using System.Net;
using MemoryClients.Filters;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0;

/// <summary>Typed filters reach the wire as Mem0's filter tree, and scopes use the same writer.</summary>
public sealed class Mem0FilterOverloadTests
{
    private const string Empty = """{"count":0,"next":null,"previous":null,"results":[]}""";

    [Fact]
    public async Task Search_sends_the_typed_filter_as_the_documented_tree()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"results":[]}""");
        using var client = Mem0TestClient.Create(handler);
        var filter = MemoryFilter.UserId.Is("alice") | MemoryFilter.AgentId.In("travel-agent", "sports-agent");

        await client.SearchAsync("trips", filter);

        handler.Requests.Single().Body.Should().Be("""{"query":"trips","filters":{"OR":[{"user_id":"alice"},{"agent_id":{"in":["travel-agent","sports-agent"]}}]}}""");
    }

    [Fact]
    public async Task List_and_list_page_send_the_typed_filter()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Empty).Respond(HttpStatusCode.OK, Empty);
        using var client = Mem0TestClient.Create(handler);
        var filter = MemoryFilter.UserId.Is("alice") & MemoryFilter.Categories.Contains("diet");

        await client.ListAsync(filter).ToListAsync();
        await client.ListPageAsync(filter, "page=2");

        handler.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Body == """{"filters":{"AND":[{"user_id":"alice"},{"categories":{"contains":"diet"}}]}}""");
        handler.Requests[1].Uri.Query.Should().Be("?page=2");
    }

    [Fact]
    public async Task A_scope_with_several_ids_is_written_by_the_filter_builder()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"results":[]}""");
        using var client = Mem0TestClient.Create(handler);
        var scope = MemoryScope.ForUser("alice").AndRun("r1");

        await client.SearchAsync("q", scope);

        handler.Requests.Single().Body.Should().Be($$"""{"query":"q","filters":{{MemoryFilter.ForScope(scope).ToMem0Filter().ToJsonString()}}}""")
            .And.Be("""{"query":"q","filters":{"AND":[{"user_id":"alice"},{"run_id":"r1"}]}}""");
    }

    [Fact]
    public async Task A_typed_filter_without_an_entity_id_fails_before_any_request()
    {
        var handler = new ScriptedHandler();
        using var client = Mem0TestClient.Create(handler);

        var act = () => client.SearchAsync("q", MemoryFilter.Categories.Contains("diet"));

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("filter");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void A_filter_mem0_cannot_express_fails_before_any_request()
    {
        var handler = new ScriptedHandler();
        using var client = Mem0TestClient.Create(handler);

        var act = () => client.ListAsync(MemoryFilter.UserId.Is("alice") & MemoryFilter.Metadata("score").GreaterThan(3));

        act.Should().Throw<FilterNotSupportedException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Exports_take_a_typed_filter_for_create_and_get()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.Created, """{"message":"Memory export request received.","id":"e1"}""")
            .Respond(HttpStatusCode.OK, """{"foods":["peanuts"]}""");
        using var client = Mem0TestClient.Create(handler);
        var filter = MemoryFilter.UserId.Is("alice") & MemoryFilter.Categories.Contains("food");
        var schema = new System.Text.Json.Nodes.JsonObject { ["type"] = "object" };

        await client.Exports.CreateAsync(schema, filter);
        var export = await client.Exports.GetAsync(filter);

        handler.Requests[0].Body.Should().Be("""{"schema":{"type":"object"},"filters":{"AND":[{"user_id":"alice"},{"categories":{"contains":"food"}}]}}""");
        handler.Requests[1].Body.Should().Be("""{"filters":{"AND":[{"user_id":"alice"},{"categories":{"contains":"food"}}]}}""");
        export["foods"]![0]!.GetValue<string>().Should().Be("peanuts");
    }
}
