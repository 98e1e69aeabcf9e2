using System.Net;
using System.Text.Json.Nodes;
using MemoryClients.Mem0;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0;

/// <summary>ListAsync walks the pages by following <c>next</c>, re-sending the same body to the configured base address.</summary>
public sealed class Mem0PagingTests : IDisposable
{
    private readonly ScriptedHandler _handler = new();
    private readonly Mem0Client _client;

    public Mem0PagingTests() => _client = Mem0TestClient.Create(_handler);

    public void Dispose()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    private static string PageJson(int count, string? next, params string[] memories)
    {
        var results = string.Join(",", memories.Select(m => $$"""{"id": "{{m}}", "memory": "fact {{m}}", "session_id": "trip-1"}"""));
        var nextJson = next is null ? "null" : $"\"{next}\"";
        return $$"""{"count": {{count}}, "next": {{nextJson}}, "previous": null, "results": [{{results}}]}""";
    }

    private static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken = default)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken))
            list.Add(item);
        return list;
    }

    [Fact]
    public async Task Follows_next_across_three_pages_re_sending_the_same_body()
    {
        _handler
            .Respond(HttpStatusCode.OK, PageJson(5, "https://api.mem0.ai/v3/memories/?page=2&page_size=2", "m1", "m2"))
            .Respond(HttpStatusCode.OK, PageJson(5, "https://api.mem0.ai/v3/memories/?page=3&page_size=2", "m3", "m4"))
            .Respond(HttpStatusCode.OK, PageJson(5, null, "m5"));

        var memories = await CollectAsync(_client.ListAsync(MemoryScope.ForUser("alice"), new Mem0ListOptions { PageSize = 2, Categories = ["drinks"] }));

        memories.Select(m => m.Id).Should().Equal("m1", "m2", "m3", "m4", "m5");
        memories.Should().OnlyContain(m => m.RunId == "trip-1");
        _handler.Requests.Select(r => r.PathAndQuery).Should().Equal(
            "/v3/memories/?page_size=2",
            "/v3/memories/?page=2&page_size=2",
            "/v3/memories/?page=3&page_size=2");
        _handler.Requests.Should().OnlyContain(r => r.Method == HttpMethod.Post && r.Uri.Host == Mem0TestClient.BaseAddress.Host);
        _handler.Requests.Select(r => r.Body).Should().AllBe("""{"filters":{"user_id":"alice"},"categories":["drinks"]}""");
    }

    [Fact]
    public async Task Stops_on_an_empty_page_even_when_next_is_set()
    {
        _handler
            .Respond(HttpStatusCode.OK, PageJson(1, "https://api.mem0.ai/v3/memories/?page=2&page_size=100", "m1"))
            .Respond(HttpStatusCode.OK, PageJson(1, "https://api.mem0.ai/v3/memories/?page=3&page_size=100"));

        var memories = await CollectAsync(_client.ListAsync(MemoryScope.ForUser("alice")));

        memories.Select(m => m.Id).Should().Equal("m1");
        _handler.Requests.Should().HaveCount(2, "an empty page ends the walk");
    }

    [Fact]
    public async Task Ignores_the_scheme_host_path_and_other_query_values_of_the_next_link()
    {
        _handler
            .Respond(HttpStatusCode.OK, PageJson(2, "http://evil.example:8080/elsewhere/?user_id=mallory&page=2&page_size=1&token=x", "m1"))
            .Respond(HttpStatusCode.OK, PageJson(2, null, "m2"));

        var memories = await CollectAsync(_client.ListAsync(MemoryScope.ForUser("alice")));

        memories.Should().HaveCount(2);
        var second = _handler.Requests[1].Uri;
        second.GetLeftPart(UriPartial.Authority).Should().Be("https://api.mem0.test");
        second.PathAndQuery.Should().Be("/v3/memories/?page=2&page_size=1");
        _handler.Requests[1].Body.Should().Be("""{"filters":{"user_id":"alice"}}""");
    }

    [Fact]
    public async Task Keeps_our_page_size_when_the_next_link_has_none_and_counts_on_without_a_page()
    {
        _handler
            .Respond(HttpStatusCode.OK, PageJson(3, "/v3/memories/?page=2", "m1"))
            .Respond(HttpStatusCode.OK, PageJson(3, "https://api.mem0.ai/v3/memories/", "m2"))
            .Respond(HttpStatusCode.OK, PageJson(3, null, "m3"));

        var memories = await CollectAsync(_client.ListAsync(MemoryScope.ForUser("alice"), new Mem0ListOptions { PageSize = 25 }));

        memories.Should().HaveCount(3);
        _handler.Requests.Select(r => r.PathAndQuery).Should().Equal(
            "/v3/memories/?page_size=25",
            "/v3/memories/?page=2&page_size=25",
            "/v3/memories/?page=3&page_size=25");
    }

    [Fact]
    public async Task Never_mutates_the_callers_filters_or_options_and_snapshots_them_at_the_call()
    {
        _handler
            .Respond(HttpStatusCode.OK, PageJson(2, "https://api.mem0.ai/v3/memories/?page=2&page_size=1", "m1"))
            .Respond(HttpStatusCode.OK, PageJson(2, null, "m2"));
        var filters = JsonNode.Parse("""{"AND": [{"user_id": "alice"}, {"categories": {"in": ["drinks"]}}]}""")!.AsObject();
        var categories = new List<string> { "drinks" };
        var options = new Mem0ListOptions { PageSize = 1, Categories = categories, AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["source"] = JsonElements.Of("SDK") } };
        var filtersBefore = filters.ToJsonString();

        var pageable = _client.ListAsync(filters, options);
        filters["AND"]!.AsArray().Add(new JsonObject { ["agent_id"] = "changed-later" });
        categories.Add("changed-later");
        var memories = await CollectAsync(pageable);

        memories.Should().HaveCount(2);
        const string Body = """{"filters":{"AND":[{"user_id":"alice"},{"categories":{"in":["drinks"]}}]},"categories":["drinks"],"source":"SDK"}""";
        _handler.Requests.Select(r => r.Body).Should().Equal(Body, Body);
        filters["AND"]!.AsArray().RemoveAt(2);
        filters.ToJsonString().Should().Be(filtersBefore, "the SDK works on its own copy");
        options.PageSize.Should().Be(1);
        options.AdditionalProperties!["source"].GetString().Should().Be("SDK");
    }

    [Fact]
    public async Task Cancellation_mid_enumeration_throws_and_sends_no_further_request()
    {
        _handler
            .Respond(HttpStatusCode.OK, PageJson(4, "https://api.mem0.ai/v3/memories/?page=2&page_size=2", "m1", "m2"))
            .Respond(HttpStatusCode.OK, PageJson(4, null, "m3", "m4"));
        using var cts = new CancellationTokenSource();
        var seen = new List<string>();

        var act = async () =>
        {
            await foreach (var memory in _client.ListAsync(MemoryScope.ForUser("alice")).WithCancellation(cts.Token))
            {
                seen.Add(memory.Id);
                cts.Cancel();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Equal("m1", "m2");
        _handler.Requests.Should().HaveCount(2, "page 2 was read ahead as page 1 was handed over, and nothing was requested after the cancellation");
    }

    [Fact]
    public async Task The_token_passed_to_ListAsync_also_cancels_the_walk()
    {
        _handler
            .Respond(HttpStatusCode.OK, PageJson(2, "https://api.mem0.ai/v3/memories/?page=2&page_size=1", "m1"))
            .Respond(HttpStatusCode.OK, PageJson(2, null, "m2"));
        using var cts = new CancellationTokenSource();
        _handler.OnRequest = _ => cts.Cancel();

        var act = () => CollectAsync(_client.ListAsync(MemoryScope.ForUser("alice"), cancellationToken: cts.Token));

        await act.Should().ThrowAsync<OperationCanceledException>();
        _handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task As_pages_exposes_page_level_access_and_resumes_from_a_token()
    {
        _handler.Respond(HttpStatusCode.OK, PageJson(120, "https://api.mem0.ai/v3/memories/?page=6&page_size=20", "m101"));

        await foreach (var page in _client.ListAsync(MemoryScope.ForAgent("planner")).WithPrefetch(false).AsPages("page=5&page_size=20"))
        {
            page.Items.Select(m => m.Id).Should().Equal("m101");
            page.TotalCount.Should().Be(120);
            page.ContinuationToken.Should().Be("page=6&page_size=20");
            break;
        }

        _handler.Requests.Should().ContainSingle().Which.PathAndQuery.Should().Be("/v3/memories/?page=5&page_size=20");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("page=0")]
    [InlineData("page=2&evil=1")]
    public async Task A_malformed_continuation_token_is_refused_without_a_request(string token)
    {
        var act = async () =>
        {
            await foreach (var page in _client.ListAsync(MemoryScope.ForUser("alice")).AsPages(token))
                _ = page;
        };

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("continuationToken");
        _handler.Requests.Should().BeEmpty();
    }
}
