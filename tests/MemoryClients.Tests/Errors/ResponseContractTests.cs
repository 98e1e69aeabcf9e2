using System.Net;
using MemoryClients.Errors;
using MemoryClients.Tests.Mem0;
using MemoryClients.Tests.MemMachine.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Errors;

/// <summary>
/// A 2xx answer that breaks its contract (a required member missing, present but null, or a required list holding null)
/// fails as <c>INVALID_RESPONSE</c>, never as nulls handed to the caller or a raw <see cref="NullReferenceException"/>.
/// </summary>
public sealed class ResponseContractTests
{
    private const string Memory = """{"id": "m1", "memory": "Likes tea", "user_id": "alice"}""";

    [Theory]
    [InlineData("""{"results": null}""")]
    [InlineData("""{"results": [null]}""")]
    [InlineData($$"""{"results": [{{Memory}}, null]}""")]
    [InlineData("""{"results": [{"id": null, "memory": "Likes tea"}]}""")]
    public async Task Mem0_search_answers_with_null_required_members_are_invalid(string body)
    {
        using var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, body);
        using var client = Mem0TestClient.Create(handler);

        var error = (await client.Invoking(c => c.SearchAsync("tea", MemoryScope.ForUser("alice"))).Should().ThrowExactlyAsync<MemoryApiException>()).Which;

        error.ErrorCode.Should().Be("INVALID_RESPONSE");
        error.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
    }

    [Theory]
    [InlineData("""{"count": 1, "next": null, "previous": null, "results": null}""")]
    [InlineData("""{"count": 1, "next": null, "previous": null, "results": [null]}""")]
    public async Task Mem0_list_pages_with_null_required_members_are_invalid(string body)
    {
        using var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, body);
        using var client = Mem0TestClient.Create(handler);

        var error = (await client.Invoking(c => c.ListPageAsync(MemoryScope.ForUser("alice"))).Should().ThrowExactlyAsync<MemoryApiException>()).Which;

        error.ErrorCode.Should().Be("INVALID_RESPONSE");
    }

    [Fact]
    public async Task A_list_answer_holding_null_is_invalid()
    {
        using var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """[null]""");
        using var client = Mem0TestClient.Create(handler);

        var error = (await client.Invoking(c => c.HistoryAsync("m1")).Should().ThrowExactlyAsync<MemoryApiException>()).Which;

        error.ErrorCode.Should().Be("INVALID_RESPONSE");
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"status": 0}""")]
    [InlineData("""{"status": 0, "content": null}""")]
    [InlineData("""{"status": 0, "content": {"episodic_memory": {"long_term_memory": {"episodes": []}}}}""")]
    public async Task MemMachine_search_answers_without_their_content_are_invalid(string body)
    {
        using var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, body);
        using var client = MemMachineTestClient.Cloud(handler);

        var error = (await client.Invoking(c => c.SearchAsync("tea")).Should().ThrowExactlyAsync<MemoryApiException>()).Which;

        error.ErrorCode.Should().Be("INVALID_RESPONSE");
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"status": 0, "content": null}""")]
    public async Task MemMachine_list_answers_without_their_content_are_invalid(string body)
    {
        using var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, body);
        using var client = MemMachineTestClient.Cloud(handler);

        var error = (await client.Invoking(c => c.ListEpisodicPageAsync()).Should().ThrowExactlyAsync<MemoryApiException>()).Which;

        error.ErrorCode.Should().Be("INVALID_RESPONSE");
    }

    [Fact]
    public async Task An_answer_that_keeps_its_contract_still_reads()
    {
        using var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, $$"""{"results": [{{Memory}}]}""");
        using var client = Mem0TestClient.Create(handler);

        var hits = await client.SearchAsync("tea", MemoryScope.ForUser("alice"));

        hits.Should().ContainSingle().Which.Id.Should().Be("m1");
    }
}
