using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Filters;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.Tests.Support;
using MemoryClients.Tests.Unified;

namespace MemoryClients.Tests.Mem0;

/// <summary>Adding from a plain string, the summary, and typed metadata: the bytes sent, and every rule checked before any request.</summary>
public sealed class Mem0ConvenienceTests : IDisposable
{
    private const string Queued = """{"event_id": "2c4d1f44-4f7b-4b2f-9f6e-7b5b4f5a1234", "status": "PENDING"}""";
    private const string MemoryId = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
    private static readonly MemoryScope Alice = MemoryScope.ForUser("alice");
    private static readonly TeaPreference Oolong = new("oolong", 2, ["breakfast"]);

    private readonly ScriptedHandler _handler = new();
    private readonly Mem0Client _client;

    public Mem0ConvenienceTests() => _client = Mem0TestClient.Create(_handler);

    public void Dispose()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    private RecordedRequest Single(string method, string path)
    {
        var request = _handler.Requests.Should().ContainSingle().Subject;
        request.Method.Method.Should().Be(method);
        request.PathAndQuery.Should().Be(path);
        return request;
    }

    // ---- add from a plain string ----

    [Fact]
    public async Task Add_from_text_sends_one_user_message_as_written_with_the_options()
    {
        _handler.Respond(HttpStatusCode.OK, Queued);

        var response = await _client.AddAsync("  I like tea.\n", Alice.AndRun("trip-1"), new Mem0AddOptions { Infer = false });

        Single("POST", "/v3/memories/add/").Body.Should().Be(
            """{"messages":[{"role":"user","content":"  I like tea.\n"}],"user_id":"alice","run_id":"trip-1","infer":false}""");
        response.EventId.Should().Be("2c4d1f44-4f7b-4b2f-9f6e-7b5b4f5a1234");
    }

    public static TheoryData<string?> BlankTexts => new() { null, "", "  \t\n" };

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public async Task Add_from_text_refuses_blank_text_before_any_request(string? text)
    {
        var act = () => _client.AddAsync(text!, Alice);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("text");
        _handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Add_from_text_refuses_an_unpaired_surrogate_before_any_request()
    {
        var act = () => _client.AddAsync("tea \ud83c", Alice);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("text");
        _handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Add_from_text_checks_the_scope_and_options_as_the_message_overload_does()
    {
        await _client.Invoking(c => c.AddAsync("I like tea.", new MemoryScope()))
            .Should().ThrowAsync<ArgumentException>().Where(e => e.ParamName == "scope");
        await _client.Invoking(c => c.AddAsync("I like tea.", Alice, new Mem0AddOptions { MaxRetries = 99 }))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
        _handler.Requests.Should().BeEmpty();
    }

    // ---- summary ----

    [Fact]
    public async Task Summary_of_a_scope_sends_its_filters_and_returns_the_answer()
    {
        _handler.Respond(HttpStatusCode.OK, """[{"summary": "Likes tea.", "memory_count": 1}]""");

        var summary = await _client.GetSummaryAsync(Alice);

        Single("POST", "/v1/summary/").Body.Should().Be("""{"filters":{"user_id":"alice"}}""");
        summary.Should().ContainSingle();
        summary[0]!["summary"]!.GetValue<string>().Should().Be("Likes tea.");
    }

    [Fact]
    public async Task Summary_of_several_ids_reads_them_by_the_scope_rule()
    {
        _handler.Respond(HttpStatusCode.OK, "[]");

        await _client.GetSummaryAsync(Alice.AndRun("trip-1"));

        Single("POST", "/v1/summary/").Body.Should().Be("""{"filters":{"AND":[{"user_id":"alice"},{"run_id":"trip-1"}]}}""");
    }

    [Fact]
    public async Task Summary_of_a_typed_filter_sends_its_mem0_tree()
    {
        _handler.Respond(HttpStatusCode.OK, "[]");

        await _client.GetSummaryAsync(MemoryFilter.UserId.Is("alice") | MemoryFilter.AgentId.Is("coach"));

        Single("POST", "/v1/summary/").Body.Should().Be("""{"filters":{"OR":[{"user_id":"alice"},{"agent_id":"coach"}]}}""");
    }

    [Fact]
    public async Task Summary_of_a_filter_tree_sends_it_as_written()
    {
        _handler.Respond(HttpStatusCode.OK, "[]");
        var filters = new JsonObject { ["user_id"] = "alice", ["categories"] = new JsonObject { ["in"] = new JsonArray("food") } };

        await _client.GetSummaryAsync(filters);

        Single("POST", "/v1/summary/").Body.Should().Be("""{"filters":{"user_id":"alice","categories":{"in":["food"]}}}""");
    }

    [Fact]
    public async Task Summary_refuses_a_missing_or_empty_scope_or_filter_before_any_request()
    {
        (await _client.Invoking(c => c.GetSummaryAsync(new MemoryScope())).Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("scope");
        (await _client.Invoking(c => c.GetSummaryAsync((MemoryScope)null!)).Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("scope");
        (await _client.Invoking(c => c.GetSummaryAsync((MemoryFilter)null!)).Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("filter");
        (await _client.Invoking(c => c.GetSummaryAsync((JsonObject)null!)).Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("filters");
        _handler.Requests.Should().BeEmpty();
    }

    // ---- typed metadata ----

    [Fact]
    public async Task Typed_metadata_is_written_with_the_caller_s_context_and_other_options_are_kept()
    {
        _handler.Respond(HttpStatusCode.OK, Queued);
        var options = new Mem0AddOptions { Infer = false, MaxRetries = 0 }.WithMetadata(Oolong, TestMetadataJsonContext.Default.TeaPreference);

        await _client.AddAsync("I like oolong.", Alice, options);

        options.Infer.Should().BeFalse();
        options.MaxRetries.Should().Be(0);
        Single("POST", "/v3/memories/add/").Body.Should().Be(
            """{"messages":[{"role":"user","content":"I like oolong."}],"user_id":"alice","metadata":{"drink":"oolong","cups_per_day":2,"occasions":["breakfast"]},"infer":false}""");
    }

    [Fact]
    public async Task Typed_metadata_goes_into_an_update()
    {
        _handler.Respond(HttpStatusCode.OK, $$"""{"id": "{{MemoryId}}", "memory": "Likes oolong"}""");

        await _client.UpdateAsync(MemoryId, new Mem0UpdateOptions().WithMetadata(Oolong with { CupsPerDay = 3, Occasions = null }, TestMetadataJsonContext.Default.TeaPreference));

        Single("PUT", $"/v1/memories/{MemoryId}/").Body.Should().Be("""{"metadata":{"drink":"oolong","cups_per_day":3}}""");
    }

    [Fact]
    public void Typed_metadata_must_be_a_json_object()
    {
        var options = new Mem0AddOptions();

        options.Invoking(o => o.WithMetadata(["a"], TestMetadataJsonContext.Default.StringArray))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "value").WithMessage("*JSON object*array*");
        options.Invoking(o => o.WithMetadata<TeaPreference>(null!, TestMetadataJsonContext.Default.TeaPreference))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "value");
        options.Invoking(o => o.WithMetadata(Oolong, null!))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "typeInfo");
    }

    [Fact]
    public async Task Typed_metadata_is_read_back_from_a_memory()
    {
        _handler.Respond(HttpStatusCode.OK,
            $$$"""{"id": "{{{MemoryId}}}", "memory": "Likes oolong", "metadata": {"drink": "oolong", "cups_per_day": 2, "occasions": ["breakfast"], "source": "chat"}}""");

        var memory = await _client.GetAsync(MemoryId);

        var preference = memory.GetMetadata(TestMetadataJsonContext.Default.TeaPreference);
        preference.Should().BeEquivalentTo(Oolong, "keys the type does not model are ignored");
        (memory with { Metadata = null }).GetMetadata(TestMetadataJsonContext.Default.TeaPreference).Should().BeNull();
    }

    [Fact]
    public void Metadata_that_does_not_fit_the_type_is_a_json_error()
    {
        var memory = new Mem0Memory { Id = MemoryId, Metadata = new JsonObject { ["drink"] = "oolong", ["cups_per_day"] = "many" } };

        memory.Invoking(m => m.GetMetadata(TestMetadataJsonContext.Default.TeaPreference)).Should().Throw<JsonException>();
    }

    [Fact]
    public async Task Typed_metadata_is_read_back_from_a_unified_record()
    {
        _handler.Respond(HttpStatusCode.OK,
            """{"results":[{"id":"11111111-1111-1111-1111-111111111111","memory":"Likes oolong","user_id":"alice","score":0.9,"metadata":{"drink":"oolong","cups_per_day":2}}]}""");
        using var memory = new AsyncMemoryClient(new HttpClient(_handler), UnifiedTestOptions.Mem0());

        var hits = await memory.SearchAsync("tea", Alice);

        hits.Single().GetMetadata(TestMetadataJsonContext.Default.TeaPreference).Should().Be(new TeaPreference("oolong", 2));
    }
}
