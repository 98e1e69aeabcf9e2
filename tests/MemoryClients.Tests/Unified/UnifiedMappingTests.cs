using System.Net;
using System.Text.Json.Nodes;
using MemoryClients.Filters;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Unified;

public sealed class UnifiedMappingTests
{
    [Fact]
    public async Task MemMachine_add_puts_the_scope_in_message_metadata_and_the_producer()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"results":[{"uid":"1"},{"uid":"2"}]}""");
        using var client = new AsyncMemoryClient(new HttpClient(handler), UnifiedTestOptions.MemMachine());

        await client.AddAsync([MemoryMessage.User("hi"), MemoryMessage.Assistant("hello")], MemoryScope.ForUser("alice").AndAgent("bot").AndRun("r1"),
            new MemoryAddOptions { Metadata = new Dictionary<string, string> { ["topic"] = "greeting" }, Infer = false });

        var body = JsonNode.Parse(handler.Requests.Single().Body!)!.AsObject();
        body["project_id"]!.GetValue<string>().Should().Be("support");
        body["types"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("episodic");
        var first = body["messages"]![0]!;
        first["producer"]!.GetValue<string>().Should().Be("alice");
        first["produced_for"]!.GetValue<string>().Should().Be("bot");
        first["role"]!.GetValue<string>().Should().Be("user");
        first["metadata"]!.ToJsonString().Should().Be("""{"topic":"greeting","user_id":"alice","agent_id":"bot","run_id":"r1"}""");
        var second = body["messages"]![1]!;
        second["producer"]!.GetValue<string>().Should().Be("bot");
        second["produced_for"]!.GetValue<string>().Should().Be("alice");
    }

    [Fact]
    public async Task MemMachine_search_turns_the_scope_and_extra_filter_into_a_metadata_filter()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.MemMachineSearchBody);
        using var client = new AsyncMemoryClient(new HttpClient(handler), UnifiedTestOptions.MemMachine());

        var hits = await client.SearchAsync("pizza", MemoryScope.ForUser("alice").AndAgent("bot"),
            new MemorySearchOptions { TopK = 5, Threshold = 0.2, Filter = MemoryFilter.Metadata("topic").Is("food") });

        var body = JsonNode.Parse(handler.Requests.Single().Body!)!;
        body["filter"]!.GetValue<string>().Should().Be("metadata.user_id='alice' AND metadata.agent_id='bot' AND metadata.topic='food'");
        body["top_k"]!.GetValue<int>().Should().Be(5);
        body["score_threshold"]!.GetValue<double>().Should().Be(0.2);
        hits.Select(h => h.Kind).Should().Equal(MemoryKind.Episode, MemoryKind.SemanticFeature);
        hits[0].Scope.UserId.Should().Be("alice");
        hits[0].Score.Should().Be(0.8);
        hits[1].Id.Should().Be("f1");
        hits[1].Categories.Should().Equal("profile", "food");
    }

    [Fact]
    public async Task Mem0_search_sends_the_scope_as_filters_and_maps_the_record()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody);
        using var client = new AsyncMemoryClient(new HttpClient(handler), UnifiedTestOptions.Mem0());

        var hits = await client.SearchAsync("pizza", MemoryScope.ForUser("alice"), new MemorySearchOptions { TopK = 3, Filter = MemoryFilter.Categories.Contains("food") });

        var request = handler.Requests.Single();
        request.Path.Should().Be("/v3/memories/search/");
        request.Authorization.Should().Be("Token m0-secret-key");
        var body = JsonNode.Parse(request.Body!)!;
        body["top_k"]!.GetValue<int>().Should().Be(3);
        body["filters"]!.ToJsonString().Should().Contain("\"user_id\":\"alice\"").And.Contain("categories");
        var hit = hits.Should().ContainSingle().Subject;
        hit.Kind.Should().Be(MemoryKind.Fact);
        hit.Categories.Should().Equal("food");
        hit.Score.Should().Be(0.9);
        hit.Raw.GetProperty("id").GetString().Should().Be("11111111-1111-1111-1111-111111111111");
    }

    [Fact]
    public async Task Mem0_add_maps_metadata_and_infer()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"event_id":"e1","status":"PENDING"}""");
        using var client = new AsyncMemoryClient(new HttpClient(handler), UnifiedTestOptions.Mem0());

        var result = await client.AddAsync([MemoryMessage.User("hi")], MemoryScope.ForUser("alice"), new MemoryAddOptions { Infer = true, Metadata = new Dictionary<string, string> { ["k"] = "v" } });

        var body = JsonNode.Parse(handler.Requests.Single().Body!)!;
        body["user_id"]!.GetValue<string>().Should().Be("alice");
        body["infer"]!.GetValue<bool>().Should().BeTrue();
        body["metadata"]!.ToJsonString().Should().Be("""{"k":"v"}""");
        result.IsPending.Should().BeTrue();
        result.EventId.Should().Be("e1");
    }

    [Fact]
    public async Task Reserved_scope_keys_in_memmachine_metadata_are_refused_before_any_request()
    {
        var handler = new ScriptedHandler();
        using var client = new AsyncMemoryClient(new HttpClient(handler), UnifiedTestOptions.MemMachine());

        var act = () => client.AddAsync([MemoryMessage.User("hi")], MemoryScope.ForUser("alice"), new MemoryAddOptions { Metadata = new Dictionary<string, string> { ["user_id"] = "bob" } });

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*user_id*reserved*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void MemMachine_unsupported_operations_name_the_provider_and_the_alternative()
    {
        using var client = new AsyncMemoryClient(new HttpClient(new ScriptedHandler()), UnifiedTestOptions.MemMachine());

        client.Capabilities.CanGet.Should().BeFalse();
        Action get = () => _ = client.GetAsync("1");
        Action update = () => _ = client.UpdateAsync("1", new MemoryUpdateOptions { Text = "x" });
        get.Should().Throw<NotSupportedException>().WithMessage("MemMachine cannot get a memory by id*MemoryFilter.Uid*Capabilities*");
        update.Should().Throw<NotSupportedException>().WithMessage("MemMachine cannot update*");
    }

    [Fact]
    public void Invalid_options_say_what_to_set()
    {
        var options = UnifiedTestOptions.Mem0();
        options.ProjectId = "p1";

        FluentActions.Invoking(() => new AsyncMemoryClient(options)).Should().Throw<ArgumentException>().WithMessage("*ProjectId applies to MemMachine only*");
    }

    [Fact]
    public void Options_to_string_hides_the_key()
    {
        UnifiedTestOptions.Mem0().ToString().Should().NotContain("m0-secret-key").And.Contain("***");
    }
}
