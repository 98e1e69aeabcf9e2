using System.Net;
using System.Text.Json.Nodes;
using MemoryClients.Mem0.Api;
using MemoryClients.Tests.Mem0;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Unified;

/// <summary>
/// What a scope may hold, and what several ids mean on each provider: one rule for search, list, get and delete, so what was
/// stored through a scope is found (and forgotten) through the same scope, and no scope ever widens to other users.
/// </summary>
public sealed class ScopeRuleTests
{
    public static TheoryData<Func<MemoryScope>> WildcardScopes => new()
    {
        () => MemoryScope.ForUser("*"),
        () => MemoryScope.ForAgent(" * "),
        () => MemoryScope.ForApp("*"),
        () => MemoryScope.ForRun("*"),
        () => MemoryScope.ForUser("alice").AndAgent("*"),
    };

    [Theory]
    [MemberData(nameof(WildcardScopes))]
    public void A_wildcard_is_never_a_scope_id_and_the_error_names_the_explicit_api(Func<MemoryScope> create)
    {
        var act = () => create();

        act.Should().Throw<ArgumentException>()
            .WithMessage("*'*'*never a scope id*Mem0Client.Entities.DeleteAllEntitiesAsync(Mem0DeleteEverything.Confirmed)*");
    }

    [Fact]
    public async Task A_wildcard_set_through_init_is_refused_before_any_request_by_every_operation()
    {
        var handler = new ScriptedHandler();
        using var unified = new AsyncMemoryClient(new HttpClient(handler), UnifiedTestOptions.Mem0());
        using var mem0 = Mem0TestClient.Create(handler);
        var everyone = new MemoryScope { UserId = "*" };

        await FluentActions.Awaiting(() => unified.DeleteAllAsync(everyone)).Should().ThrowAsync<ArgumentException>().WithParameterName("scope");
        await FluentActions.Awaiting(() => unified.AddAsync([MemoryMessage.User("hi")], everyone)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => unified.SearchAsync("hi", everyone)).Should().ThrowAsync<ArgumentException>();
        FluentActions.Invoking(() => unified.ListAsync(everyone)).Should().Throw<ArgumentException>();
        await FluentActions.Awaiting(() => mem0.DeleteAllAsync(everyone)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => mem0.AddAsync([Mem0Message.User("hi")], everyone)).Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Ids_longer_than_the_cap_are_refused_and_ids_at_the_cap_are_kept()
    {
        var atCap = new string('a', 1024);

        MemoryScope.ForUser(atCap).UserId.Should().Be(atCap);
        FluentActions.Invoking(() => MemoryScope.ForUser(atCap + "a")).Should().Throw<ArgumentException>().WithMessage("*1,025 characters*at most 1,024*");
    }

    [Fact]
    public async Task Memory_ids_longer_than_the_cap_are_refused_before_any_request()
    {
        var handler = new ScriptedHandler();
        using var mem0 = Mem0TestClient.Create(handler);

        await FluentActions.Awaiting(() => mem0.GetAsync(new string('x', 20 * 1024 * 1024))).Should().ThrowAsync<ArgumentException>().WithParameterName("memoryId");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task On_Mem0_a_user_with_an_agent_reads_and_deletes_the_user_memories()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, """{"results": []}""")
            .Respond(HttpStatusCode.OK, """{"count": 0, "next": null, "previous": null, "results": []}""")
            .Respond(HttpStatusCode.OK, """{"message": "Delete in progress."}""");
        using var client = new AsyncMemoryClient(new HttpClient(handler), UnifiedTestOptions.Mem0());
        var scope = MemoryScope.ForUser("alice").AndAgent("bot").AndRun("r1");

        await client.SearchAsync("food", scope);
        await client.ListAsync(scope).AsPages().FirstAsync();
        await client.DeleteAllAsync(scope);

        var requests = handler.Requests;
        JsonNode.Parse(requests[0].Body!)!["filters"]!.ToJsonString().Should().Be("""{"AND":[{"user_id":"alice"},{"run_id":"r1"}]}""");
        JsonNode.Parse(requests[1].Body!)!["filters"]!.ToJsonString().Should().Be("""{"AND":[{"user_id":"alice"},{"run_id":"r1"}]}""");
        requests[2].PathAndQuery.Should().Be("/v1/memories/?user_id=alice&run_id=r1");
    }

    [Fact]
    public async Task On_Mem0_the_add_still_sends_every_id_so_the_service_files_each_side()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"event_id": "e1", "status": "PENDING"}""");
        using var client = new AsyncMemoryClient(new HttpClient(handler), UnifiedTestOptions.Mem0());

        await client.AddAsync([MemoryMessage.User("I am vegetarian.")], MemoryScope.ForUser("alice").AndAgent("bot"));

        var body = JsonNode.Parse(handler.Requests.Single().Body!)!;
        body["user_id"]!.GetValue<string>().Should().Be("alice");
        body["agent_id"]!.GetValue<string>().Should().Be("bot");
    }

    [Fact]
    public async Task On_MemMachine_every_id_must_match()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.MemMachineSearchBody);
        using var client = new AsyncMemoryClient(new HttpClient(handler), UnifiedTestOptions.MemMachine());

        await client.SearchAsync("food", MemoryScope.ForUser("alice").AndAgent("bot"));

        JsonNode.Parse(handler.Requests.Single().Body!)!["filter"]!.GetValue<string>().Should().Be("metadata.user_id='alice' AND metadata.agent_id='bot'");
    }

    [Theory]
    [InlineData(MemoryProvider.Mem0, "alice", null, true)]
    [InlineData(MemoryProvider.Mem0, "alice", "bot", true)]
    [InlineData(MemoryProvider.Mem0, null, "bot", false)]
    [InlineData(MemoryProvider.Mem0, "bob", null, false)]
    [InlineData(MemoryProvider.MemMachine, "alice", "bot", true)]
    [InlineData(MemoryProvider.MemMachine, "alice", null, false)]
    [InlineData(MemoryProvider.MemMachine, null, "bot", false)]
    public void Includes_applies_the_provider_rule_to_a_user_with_an_agent(MemoryProvider provider, string? userId, string? agentId, bool included)
    {
        var record = new MemoryRecord { Id = "m1", Provider = provider, Scope = new MemoryScope { UserId = userId, AgentId = agentId, RunId = "r1" } };

        MemoryScope.ForUser("alice").AndAgent("bot").AndRun("r1").Includes(record).Should().Be(included);
        MemoryScope.ForUser("alice").AndAgent("bot").AndRun("r2").Includes(record).Should().BeFalse("the run id differs");
    }
}
