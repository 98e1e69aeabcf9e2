using System.Net;
using System.Text.Json.Nodes;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0;

/// <summary>Every client-side rule throws an ArgumentException-family error naming the parameter, and sends nothing.</summary>
public sealed class Mem0ValidationTests : IDisposable
{
    private static readonly Mem0Message[] Conversation = [Mem0Message.User("I love green tea.")];
    private static readonly MemoryScope Alice = MemoryScope.ForUser("alice");
    private const string MemoryId = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

    private readonly ScriptedHandler _handler = new();
    private readonly Mem0Client _client;

    public Mem0ValidationTests() => _client = Mem0TestClient.Create(_handler);

    public void Dispose()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    private async Task ExpectAsync<TException>(Func<Task> act, string paramName) where TException : ArgumentException
    {
        var thrown = await act.Should().ThrowAsync<TException>();
        thrown.Which.ParamName.Should().Be(paramName);
        _handler.Requests.Should().BeEmpty("validation happens before any I/O");
    }

    private Task ExpectSyncAsync<TException>(Action act, string paramName) where TException : ArgumentException
    {
        act.Should().Throw<TException>().Which.ParamName.Should().Be(paramName);
        _handler.Requests.Should().BeEmpty("validation happens before any I/O");
        return Task.CompletedTask;
    }

    // ---- add ----

    [Fact]
    public Task Add_rejects_null_messages() =>
        ExpectAsync<ArgumentNullException>(() => _client.AddAsync((IReadOnlyList<Mem0Message>)null!, Alice), "messages");

    [Fact]
    public Task Add_rejects_empty_messages() =>
        ExpectAsync<ArgumentException>(() => _client.AddAsync([], Alice), "messages");

    [Fact]
    public Task Add_rejects_a_null_message() =>
        ExpectAsync<ArgumentException>(() => _client.AddAsync([Mem0Message.User("hi"), null!], Alice), "messages");

    [Fact]
    public Task Add_rejects_a_null_scope() =>
        ExpectAsync<ArgumentNullException>(() => _client.AddAsync(Conversation, null!), "scope");

    [Fact]
    public Task Add_rejects_an_empty_scope() =>
        ExpectAsync<ArgumentException>(() => _client.AddAsync(Conversation, new MemoryScope()), "scope");

    [Theory]
    [InlineData("messages")]
    [InlineData("user_id")]
    public Task Add_rejects_extra_body_fields_the_sdk_always_sends(string key) =>
        ExpectAsync<ArgumentException>(
            () => _client.AddAsync(Conversation, Alice, new Mem0AddOptions { AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { [key] = JsonElements.Of("x") } }),
            "options.AdditionalProperties");

    [Fact]
    public Task Add_rejects_an_extra_body_field_that_an_option_already_sets() =>
        ExpectAsync<ArgumentException>(
            () => _client.AddAsync(Conversation, Alice, new Mem0AddOptions { Infer = false, AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["infer"] = JsonElements.Of(true) } }),
            "options.AdditionalProperties");

    [Fact]
    public Task Search_rejects_an_extra_body_field_that_an_option_already_sets() =>
        ExpectAsync<ArgumentException>(
            () => _client.SearchAsync("tea", Alice, new Mem0SearchOptions { TopK = 3, AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["top_k"] = JsonElements.Of(4) } }),
            "options.AdditionalProperties");

    // ---- search ----

    [Fact]
    public Task Search_rejects_a_null_query() =>
        ExpectAsync<ArgumentNullException>(() => _client.SearchAsync(null!, Alice), "query");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public Task Search_rejects_an_empty_or_whitespace_query(string text) =>
        ExpectAsync<ArgumentException>(() => _client.SearchAsync(text, Alice), "query");

    [Fact]
    public Task Search_rejects_an_empty_scope() =>
        ExpectAsync<ArgumentException>(() => _client.SearchAsync("tea", new MemoryScope()), "scope");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public Task Search_rejects_top_k_outside_1_to_1000(int topK) =>
        ExpectAsync<ArgumentOutOfRangeException>(() => _client.SearchAsync("tea", Alice, new Mem0SearchOptions { TopK = topK }), "options.TopK");

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public Task Search_rejects_threshold_outside_0_to_1(double threshold) =>
        ExpectAsync<ArgumentOutOfRangeException>(() => _client.SearchAsync("tea", Alice, new Mem0SearchOptions { Threshold = threshold }), "options.Threshold");

    [Fact]
    public Task Search_rejects_null_filters() =>
        ExpectAsync<ArgumentNullException>(() => _client.SearchAsync("tea", (JsonObject)null!), "filters");

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"categories": {"in": ["food"]}}""")]
    [InlineData("""{"metadata": {"user_id": "alice"}}""")]
    [InlineData("""{"AND": [{"created_at": {"gte": "2026-01-01"}}]}""")]
    [InlineData("""{"user_id": null}""")]
    public Task Search_rejects_filters_without_an_entity_id(string json) =>
        ExpectAsync<ArgumentException>(() => _client.SearchAsync("tea", JsonNode.Parse(json)!.AsObject()), "filters");

    [Theory]
    [InlineData("user_id")]
    [InlineData("agent_id")]
    [InlineData("app_id")]
    [InlineData("run_id")]
    public Task Search_rejects_top_level_entity_ids_in_the_raw_body_fields(string key) =>
        ExpectAsync<ArgumentException>(
            () => _client.SearchAsync("tea", Alice, new Mem0SearchOptions { AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { [key] = JsonElements.Of("alice") } }),
            "options.AdditionalProperties");

    [Theory]
    [InlineData("""{"user_id": "alice"}""")]
    [InlineData("""{"AND": [{"created_at": {"gte": "2026-01-01"}}, {"agent_id": "planner"}]}""")]
    [InlineData("""{"OR": [{"app_id": "web"}, {"run_id": "*"}]}""")]
    [InlineData("""{"NOT": {"run_id": "trip-1"}}""")]
    [InlineData("""{"AND": [{"OR": [{"user_id": {"in": ["a", "b"]}}]}]}""")]
    public async Task Search_accepts_an_entity_id_anywhere_in_the_logical_tree(string filters)
    {
        _handler.Respond(HttpStatusCode.OK, """{"results": []}""");

        var results = await _client.SearchAsync("tea", JsonNode.Parse(filters)!.AsObject());

        results.Should().BeEmpty();
        _handler.Requests.Should().ContainSingle();
    }

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(1000, 1.0)]
    public async Task Search_accepts_the_range_limits(int topK, double threshold)
    {
        _handler.Respond(HttpStatusCode.OK, """{"results": []}""");

        await _client.SearchAsync("tea", Alice, new Mem0SearchOptions { TopK = topK, Threshold = threshold });

        _handler.Requests.Should().ContainSingle();
    }

    // ---- list ----

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public Task List_rejects_page_size_outside_1_to_200_when_called_not_when_enumerated(int pageSize) =>
        ExpectSyncAsync<ArgumentOutOfRangeException>(() => _client.ListAsync(Alice, new Mem0ListOptions { PageSize = pageSize }), "options.PageSize");

    [Fact]
    public Task List_rejects_an_empty_scope() =>
        ExpectSyncAsync<ArgumentException>(() => _client.ListAsync(new MemoryScope()), "scope");

    [Fact]
    public Task List_rejects_filters_without_an_entity_id() =>
        ExpectSyncAsync<ArgumentException>(() => _client.ListAsync(new JsonObject { ["keywords"] = new JsonObject { ["contains"] = "tea" } }), "filters");

    [Fact]
    public Task List_rejects_top_level_entity_ids_in_the_raw_body_fields() =>
        ExpectSyncAsync<ArgumentException>(
            () => _client.ListAsync(Alice, new Mem0ListOptions { AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["run_id"] = JsonElements.Of("trip-1") } }),
            "options.AdditionalProperties");

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-3")]
    [InlineData("3")]
    [InlineData("page=2&size=9")]
    public Task List_page_rejects_a_token_it_did_not_make(string token) =>
        ExpectAsync<ArgumentException>(() => _client.ListPageAsync(Alice, token), "continuationToken");

    [Fact]
    public Task List_page_rejects_page_size_outside_1_to_200() =>
        ExpectAsync<ArgumentOutOfRangeException>(() => _client.ListPageAsync(Alice, null, new Mem0ListOptions { PageSize = 500 }), "options.PageSize");

    // ---- memory ids ----

    public static TheoryData<string?> BlankIds => new() { null, "", "   " };

    [Theory]
    [MemberData(nameof(BlankIds))]
    public Task Get_rejects_a_blank_memory_id(string? id) =>
        ExpectAsync<ArgumentException>(() => _client.GetAsync(id!), "memoryId");

    [Theory]
    [MemberData(nameof(BlankIds))]
    public Task Update_rejects_a_blank_memory_id(string? id) =>
        ExpectAsync<ArgumentException>(() => _client.UpdateAsync(id!, new Mem0UpdateOptions { Text = "x" }), "memoryId");

    [Theory]
    [MemberData(nameof(BlankIds))]
    public Task Delete_rejects_a_blank_memory_id(string? id) =>
        ExpectAsync<ArgumentException>(() => _client.DeleteAsync(id!), "memoryId");

    [Theory]
    [MemberData(nameof(BlankIds))]
    public Task History_rejects_a_blank_memory_id(string? id) =>
        ExpectAsync<ArgumentException>(() => _client.HistoryAsync(id!), "memoryId");

    [Theory]
    [MemberData(nameof(BlankIds))]
    public Task Feedback_rejects_a_blank_memory_id(string? id) =>
        ExpectAsync<ArgumentException>(() => _client.FeedbackAsync(id!, Mem0Feedback.Positive), "memoryId");

    // ---- update ----

    [Fact]
    public Task Update_rejects_null_options() =>
        ExpectAsync<ArgumentNullException>(() => _client.UpdateAsync(MemoryId, null!), "options");

    [Fact]
    public Task Update_rejects_options_that_change_nothing() =>
        ExpectAsync<ArgumentException>(() => _client.UpdateAsync(MemoryId, new Mem0UpdateOptions()), "options");

    // ---- delete all ----

    [Fact]
    public Task Delete_all_rejects_an_empty_scope() =>
        ExpectAsync<ArgumentException>(() => _client.DeleteAllAsync(new MemoryScope()), "scope");

    [Fact]
    public Task Delete_all_rejects_a_null_scope() =>
        ExpectAsync<ArgumentNullException>(() => _client.DeleteAllAsync(null!), "scope");

    // ---- batch ----

    [Fact]
    public Task Batch_delete_rejects_no_ids() =>
        ExpectAsync<ArgumentException>(() => _client.BatchDeleteAsync([]), "memoryIds");

    [Fact]
    public Task Batch_delete_rejects_more_than_1000_ids() =>
        ExpectAsync<ArgumentException>(() => _client.BatchDeleteAsync(Enumerable.Range(0, 1001).Select(_ => MemoryId).ToArray()), "memoryIds");

    [Theory]
    [MemberData(nameof(BlankIds))]
    public Task Batch_delete_rejects_a_blank_id(string? id) =>
        ExpectAsync<ArgumentException>(() => _client.BatchDeleteAsync([MemoryId, id!]), "memoryIds");

    [Fact]
    public Task Batch_delete_rejects_null() =>
        ExpectAsync<ArgumentNullException>(() => _client.BatchDeleteAsync(null!), "memoryIds");

    [Fact]
    public Task Batch_update_rejects_no_updates() =>
        ExpectAsync<ArgumentException>(() => _client.BatchUpdateAsync([]), "updates");

    [Fact]
    public Task Batch_update_rejects_more_than_1000_updates() =>
        ExpectAsync<ArgumentException>(
            () => _client.BatchUpdateAsync(Enumerable.Range(0, 1001).Select(_ => new Mem0BatchUpdate { MemoryId = MemoryId, Text = "x" }).ToArray()),
            "updates");

    [Fact]
    public Task Batch_update_rejects_an_update_without_an_id() =>
        ExpectAsync<ArgumentException>(() => _client.BatchUpdateAsync([new Mem0BatchUpdate { MemoryId = " ", Text = "x" }]), "updates");

    [Fact]
    public Task Batch_update_rejects_a_null_update() =>
        ExpectAsync<ArgumentException>(() => _client.BatchUpdateAsync([null!]), "updates");

    [Fact]
    public async Task Batch_delete_accepts_exactly_1000_ids()
    {
        _handler.Respond(HttpStatusCode.OK, """{"message": "Successfully deleted 1000 memories"}""");

        await _client.BatchDeleteAsync(Enumerable.Range(0, 1000).Select(i => $"{i:D8}-0000-4000-8000-000000000000").ToArray());

        _handler.Requests.Should().ContainSingle();
    }
}
