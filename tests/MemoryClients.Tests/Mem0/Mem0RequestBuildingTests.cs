using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0;

/// <summary>The exact method, address and body bytes the ergonomic methods send.</summary>
public sealed class Mem0RequestBuildingTests : IDisposable
{
    private const string MemoryId = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
    private const string MemoryJson = $$"""{"id": "{{MemoryId}}", "memory": "Prefers oolong tea", "user_id": "alice", "created_at": "2026-01-15T10:30:00Z"}""";

    private readonly ScriptedHandler _handler = new();
    private readonly Mem0Client _client;

    public Mem0RequestBuildingTests() => _client = Mem0TestClient.Create(_handler);

    public void Dispose()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    private RecordedRequest Single(string method, string pathAndQuery)
    {
        var request = _handler.Requests.Should().ContainSingle().Subject;
        request.Method.Method.Should().Be(method);
        request.Uri.Host.Should().Be(Mem0TestClient.BaseAddress.Host);
        request.PathAndQuery.Should().Be(pathAndQuery);
        return request;
    }

    // ---- add ----

    [Fact]
    public async Task Add_sends_messages_and_top_level_scope_ids_only()
    {
        _handler.Respond(HttpStatusCode.OK, """{"event_id": "2c4d1f44-4f7b-4b2f-9f6e-7b5b4f5a1234", "status": "PENDING"}""");

        var response = await _client.AddAsync([Mem0Message.User("I love green tea."), Mem0Message.Assistant("Noted.")], MemoryScope.ForUser("alice").AndRun("trip-1"));

        Single("POST", "/v3/memories/add/").Body.Should().Be(
            """{"messages":[{"role":"user","content":"I love green tea."},{"role":"assistant","content":"Noted."}],"user_id":"alice","run_id":"trip-1"}""");
        response.EventId.Should().Be("2c4d1f44-4f7b-4b2f-9f6e-7b5b4f5a1234");
        response.Status.Should().Be(Mem0AddStatus.Pending);
    }

    [Fact]
    public async Task Add_sends_every_option_that_is_set_in_wire_order()
    {
        _handler.Respond(HttpStatusCode.OK, """{"event_id": "2c4d1f44-4f7b-4b2f-9f6e-7b5b4f5a1234", "status": "PENDING"}""");
        var options = new Mem0AddOptions
        {
            Metadata = new JsonObject { ["channel"] = "chat" },
            Infer = false,
            CustomCategories = [new Dictionary<string, string> { ["drinks"] = "Beverage preferences" }],
            CustomInstructions = "Only extract food facts.",
            AgentCustomInstructions = "Only extract agent promises.",
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(1767225600),
            ExpirationDate = new DateOnly(2026, 12, 31),
            StructuredDataSchema = new JsonObject { ["type"] = "object" },
            PromptProfileId = "profile-7",
            TemporalReasoning = true,
            Timezone = "Europe/Berlin",
            ObservationDateTime = new DateTimeOffset(2026, 1, 15, 10, 30, 0, TimeSpan.FromHours(1)),
            ObservationDate = new DateOnly(2026, 1, 15),
            Source = "SDK",
            Immutable = true,
            Includes = "drinks",
            AdditionalProperties = new Dictionary<string, JsonElement> { ["future_flag"] = JsonElements.Of(true) },
        };

        await _client.AddAsync([Mem0Message.System("Be brief.")], MemoryScope.ForAgent("planner").AndApp("web"), options);

        Single("POST", "/v3/memories/add/").Body.Should().Be(
            "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"}],\"agent_id\":\"planner\",\"app_id\":\"web\","
            + "\"metadata\":{\"channel\":\"chat\"},\"infer\":false,\"custom_categories\":[{\"drinks\":\"Beverage preferences\"}],"
            + "\"custom_instructions\":\"Only extract food facts.\",\"agent_custom_instructions\":\"Only extract agent promises.\","
            + "\"timestamp\":1767225600,\"expiration_date\":\"2026-12-31\",\"structured_data_schema\":{\"type\":\"object\"},"
            + "\"immutable\":true,\"includes\":\"drinks\",\"prompt_profile_id\":\"profile-7\",\"temporal_reasoning\":true,\"timezone\":\"Europe/Berlin\","
            + "\"observation_datetime\":\"2026-01-15T10:30:00+01:00\",\"observation_date\":\"2026-01-15\",\"source\":\"SDK\","
            + "\"future_flag\":true}");
    }

    [Fact]
    public async Task Search_sends_the_output_format_when_set()
    {
        _handler.Respond(HttpStatusCode.OK, """{"results": []}""");

        await _client.SearchAsync("tea", MemoryScope.ForUser("alice"), new Mem0SearchOptions { OutputFormat = "v1.1" });

        Single("POST", "/v3/memories/search/").Body.Should().Be("""{"query":"tea","filters":{"user_id":"alice"},"output_format":"v1.1"}""");
    }

    [Fact]
    public async Task Add_does_not_touch_the_callers_json()
    {
        _handler.Respond(HttpStatusCode.OK, """{"event_id": "e", "status": "PENDING"}""");
        var metadata = new JsonObject { ["channel"] = "chat" };

        await _client.AddAsync([Mem0Message.User("hi")], MemoryScope.ForUser("alice"), new Mem0AddOptions { Metadata = metadata });

        metadata.ToJsonString().Should().Be("""{"channel":"chat"}""");
        metadata.Parent.Should().BeNull();
        new JsonObject { ["reuse"] = metadata }.Should().NotBeNull("the caller's node is still free to be attached elsewhere");
    }

    // ---- search ----

    [Fact]
    public async Task Search_turns_one_scope_id_into_a_flat_filter_and_trims_the_query()
    {
        _handler.Respond(HttpStatusCode.OK, $$"""{"results": [{{MemoryJson}}]}""");

        var results = await _client.SearchAsync("  what does alice drink?  ", MemoryScope.ForUser("alice"));

        Single("POST", "/v3/memories/search/").Body.Should().Be("""{"query":"what does alice drink?","filters":{"user_id":"alice"}}""");
        results.Should().ContainSingle().Which.Id.Should().Be(MemoryId);
    }

    [Fact]
    public async Task Search_combines_several_scope_ids_with_AND_in_a_fixed_order()
    {
        _handler.Respond(HttpStatusCode.OK, """{"results": []}""");

        await _client.SearchAsync("tea", new MemoryScope { RunId = "trip-1", AppId = "web", AgentId = "planner" });

        Single("POST", "/v3/memories/search/").Body.Should().Be(
            """{"query":"tea","filters":{"AND":[{"agent_id":"planner"},{"app_id":"web"},{"run_id":"trip-1"}]}}""");
    }

    [Fact]
    public async Task Search_sends_only_the_options_that_are_set()
    {
        _handler.Respond(HttpStatusCode.OK, """{"results": []}""");
        var options = new Mem0SearchOptions
        {
            TopK = 5,
            Threshold = 0.3,
            Rerank = true,
            ReferenceDate = new DateTimeOffset(2026, 1, 15, 10, 30, 0, TimeSpan.FromHours(2)),
            ShowExpired = false,
            Fields = ["id", "memory"],
            Categories = ["drinks"],
            Metadata = new JsonObject { ["channel"] = "chat" },
            LatestOnly = true,
            KeywordSearch = false,
            Source = "SDK",
            AdditionalProperties = new Dictionary<string, JsonElement> { ["output_format"] = JsonElements.Of("v1.1") },
        };

        await _client.SearchAsync("tea", MemoryScope.ForUser("alice"), options);

        Single("POST", "/v3/memories/search/").Body.Should().Be(
            "{\"query\":\"tea\",\"filters\":{\"user_id\":\"alice\"},\"top_k\":5,\"threshold\":0.3,\"rerank\":true,"
            + "\"reference_date\":\"2026-01-15T10:30:00+02:00\",\"show_expired\":false,\"fields\":[\"id\",\"memory\"],"
            + "\"categories\":[\"drinks\"],\"metadata\":{\"channel\":\"chat\"},\"latest_only\":true,\"keyword_search\":false,"
            + "\"source\":\"SDK\",\"output_format\":\"v1.1\"}");
    }

    [Fact]
    public async Task Search_with_filters_sends_a_copy_verbatim_and_leaves_the_callers_object_alone()
    {
        _handler.Respond(HttpStatusCode.OK, """{"results": []}""");
        var filters = JsonNode.Parse("""{"OR": [{"user_id": "alice"}, {"agent_id": {"in": ["travel-agent", "sports-agent"]}}]}""")!.AsObject();
        var before = filters.ToJsonString();

        await _client.SearchAsync("hobbies", filters, new Mem0SearchOptions { TopK = 3 });

        Single("POST", "/v3/memories/search/").Body.Should().Be(
            """{"query":"hobbies","filters":{"OR":[{"user_id":"alice"},{"agent_id":{"in":["travel-agent","sports-agent"]}}]},"top_k":3}""");
        filters.ToJsonString().Should().Be(before);
        filters.Parent.Should().BeNull();
    }

    // ---- list (one page) ----

    [Fact]
    public async Task List_page_sends_page_and_page_size_as_query_and_the_options_as_body()
    {
        _handler.Respond(HttpStatusCode.OK, $$"""{"count": 41, "next": "https://api.mem0.ai/v3/memories/?page=4&page_size=10", "previous": null, "results": [{{MemoryJson}}]}""");
        var options = new Mem0ListOptions
        {
            PageSize = 10,
            ShowExpired = true,
            StartDate = new DateOnly(2026, 1, 1),
            EndDate = new DateOnly(2026, 1, 31),
            Categories = ["drinks"],
            Fields = ["id", "memory"],
            Keywords = "tea",
            LatestOnly = true,
        };

        var page = await _client.ListPageAsync(MemoryScope.ForUser("alice"), "page=3", options);

        Single("POST", "/v3/memories/?page=3&page_size=10").Body.Should().Be(
            "{\"filters\":{\"user_id\":\"alice\"},\"show_expired\":true,\"start_date\":\"2026-01-01\",\"end_date\":\"2026-01-31\","
            + "\"categories\":[\"drinks\"],\"fields\":[\"id\",\"memory\"],\"keywords\":\"tea\",\"latest_only\":true}");
        page.Items.Should().ContainSingle().Which.Memory.Should().Be("Prefers oolong tea");
        page.TotalCount.Should().Be(41);
        page.ContinuationToken.Should().Be("page=4&page_size=10");
    }

    [Fact]
    public async Task List_page_without_a_page_size_sends_only_the_page()
    {
        _handler.Respond(HttpStatusCode.OK, """{"count": 0, "next": null, "previous": null, "results": []}""");

        var page = await _client.ListPageAsync(JsonNode.Parse("""{"agent_id": "planner"}""")!.AsObject(), "page=2");

        Single("POST", "/v3/memories/?page=2").Body.Should().Be("""{"filters":{"agent_id":"planner"}}""");
        page.ContinuationToken.Should().BeNull();
    }

    // ---- get / update / delete / history ----

    [Fact]
    public async Task Get_escapes_the_id_into_the_path()
    {
        _handler.Respond(HttpStatusCode.OK, MemoryJson);

        var memory = await _client.GetAsync("a/b?c");

        Single("GET", "/v1/memories/a%2Fb%3Fc/").Body.Should().BeNull("a request without a body sends none, not Content-Length: 0, as the official clients do");
        memory.UserId.Should().Be("alice");
    }

    [Fact]
    public async Task Update_sends_only_the_text_when_only_the_text_is_set()
    {
        _handler.Respond(HttpStatusCode.OK, MemoryJson);

        await _client.UpdateAsync(MemoryId, new Mem0UpdateOptions { Text = "Prefers oolong tea" });

        Single("PUT", $"/v1/memories/{MemoryId}/").Body.Should().Be("""{"text":"Prefers oolong tea"}""");
    }

    [Fact]
    public async Task Update_sends_json_null_when_the_expiration_date_is_explicitly_null()
    {
        _handler.Respond(HttpStatusCode.OK, MemoryJson);

        await _client.UpdateAsync(MemoryId, new Mem0UpdateOptions { ExpirationDate = Mem0ExpirationUpdate.Clear });

        Single("PUT", $"/v1/memories/{MemoryId}/").Body.Should().Be("""{"expiration_date":null}""");
    }

    [Fact]
    public async Task Update_sends_every_field_that_is_set()
    {
        _handler.Respond(HttpStatusCode.OK, MemoryJson);
        var options = new Mem0UpdateOptions
        {
            Text = "Prefers oolong tea",
            Metadata = new JsonObject { ["confidence"] = 0.9 },
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(1767225600),
            ExpirationDate = Mem0ExpirationUpdate.SetTo(new DateOnly(2026, 12, 31)),
        };

        await _client.UpdateAsync(MemoryId, options);

        Single("PUT", $"/v1/memories/{MemoryId}/").Body.Should().Be(
            """{"text":"Prefers oolong tea","metadata":{"confidence":0.9},"timestamp":1767225600,"expiration_date":"2026-12-31"}""");
    }

    [Fact]
    public async Task Update_leaves_the_expiration_date_alone_unless_asked()
    {
        _handler.Respond(HttpStatusCode.OK, MemoryJson);

        await _client.UpdateAsync(MemoryId, new Mem0UpdateOptions { Text = "x", ExpirationDate = Mem0ExpirationUpdate.Unchanged });

        Single("PUT", $"/v1/memories/{MemoryId}/").Body.Should().Be("""{"text":"x"}""");
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, "?delete_linked=true")]
    public async Task Delete_sends_delete_linked_only_when_true(bool deleteLinked, string query)
    {
        _handler.Respond(HttpStatusCode.OK, """{"message": "Memory deleted successfully!"}""");

        await _client.DeleteAsync(MemoryId, deleteLinked);

        Single("DELETE", $"/v1/memories/{MemoryId}/{query}").Body.Should().BeNull("a request without a body sends none, not Content-Length: 0, as the official clients do");
    }

    [Fact]
    public async Task Delete_all_sends_scope_ids_and_metadata_as_query_values()
    {
        _handler.Respond(HttpStatusCode.OK, """{"message": "Delete in progress. This may take some time.", "event_id": "9b0c5f6a-1111-4a4a-9b9b-222233334444"}""");

        var response = await _client.DeleteAllAsync(MemoryScope.ForAgent("planner").AndRun("r 1"), new JsonObject { ["channel"] = "chat" });

        Single("DELETE", "/v1/memories/?agent_id=planner&run_id=r%201&metadata=%7B%22channel%22%3A%22chat%22%7D").Body.Should().BeNull("a request without a body sends none, not Content-Length: 0, as the official clients do");
        response.EventId.Should().Be("9b0c5f6a-1111-4a4a-9b9b-222233334444");
    }

    [Fact]
    public async Task History_gets_the_history_route()
    {
        _handler.Respond(HttpStatusCode.OK, "[]");

        var history = await _client.HistoryAsync(MemoryId);

        Single("GET", $"/v1/memories/{MemoryId}/history/");
        history.Should().BeEmpty();
    }

    // ---- batch / feedback ----

    [Fact]
    public async Task Batch_update_sends_each_memory_with_only_its_set_fields()
    {
        _handler.Respond(HttpStatusCode.OK, """{"message": "Successfully updated 2 memories"}""");

        await _client.BatchUpdateAsync(
        [
            new Mem0BatchUpdate { MemoryId = MemoryId, Text = "Watches football" },
            new Mem0BatchUpdate { MemoryId = "2c9bd859-d1b7-4d33-a6b8-94e0147c4f07", Metadata = new JsonObject { ["sport"] = true } },
        ]);

        Single("PUT", "/v1/batch/").Body.Should().Be(
            $$$"""{"memories":[{"memory_id":"{{{MemoryId}}}","text":"Watches football"},{"memory_id":"2c9bd859-d1b7-4d33-a6b8-94e0147c4f07","metadata":{"sport":true}}]}""");
    }

    [Fact]
    public async Task Batch_delete_sends_a_json_body_on_delete()
    {
        _handler.Respond(HttpStatusCode.OK, """{"message": "Successfully deleted 2 memories"}""");

        var response = await _client.BatchDeleteAsync([MemoryId, "2c9bd859-d1b7-4d33-a6b8-94e0147c4f07"]);

        Single("DELETE", "/v1/batch/").Body.Should().Be(
            $$"""{"memories":[{"memory_id":"{{MemoryId}}"},{"memory_id":"2c9bd859-d1b7-4d33-a6b8-94e0147c4f07"}]}""");
        response.Message.Should().Be("Successfully deleted 2 memories");
    }

    [Theory]
    [InlineData("VERY_NEGATIVE", "outdated", "{\"memory_id\":\"" + MemoryId + "\",\"feedback\":\"VERY_NEGATIVE\",\"feedback_reason\":\"outdated\"}")]
    [InlineData("POSITIVE", null, "{\"memory_id\":\"" + MemoryId + "\",\"feedback\":\"POSITIVE\"}")]
    [InlineData("MIXED", null, "{\"memory_id\":\"" + MemoryId + "\",\"feedback\":\"MIXED\"}")]
    [InlineData(null, null, "{\"memory_id\":\"" + MemoryId + "\"}")]
    public async Task Feedback_sends_only_what_is_given(string? feedback, string? reason, string body)
    {
        _handler.Respond(HttpStatusCode.OK, $$"""{"id": "f1", "feedback": null, "feedback_reason": null}""");

        await _client.FeedbackAsync(MemoryId, feedback is null ? (Mem0Feedback?)null : new Mem0Feedback(feedback), reason);

        Single("POST", "/v1/feedback/").Body.Should().Be(body);
    }
}
