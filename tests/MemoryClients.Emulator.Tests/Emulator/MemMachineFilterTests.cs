using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>Three episodes in project "flt" (uids 1..3, seeded first on a fresh emulator).</summary>
public sealed class MemMachineFilterFixture : EmulatorFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var response = await MemMachine.PostAsync("memories", """
            {"project_id": "flt", "types": ["episodic"], "messages": [
              {"content": "alpha", "producer": "alice", "role": "user", "metadata": {"user_id": "123", "tier": "gold"}, "timestamp": "2025-01-01T00:00:00Z"},
              {"content": "beta", "producer": "bob", "role": "assistant", "metadata": {"user_id": "456", "tier": "silver"}, "timestamp": "2025-02-01T00:00:00Z"},
              {"content": "gamma", "producer": "alice", "role": "user", "metadata": {"tier": "bronze"}, "timestamp": "2025-03-01T00:00:00Z"}]}
            """);
        response.Code.Should().Be(200, response.Text);
    }
}

public sealed class MemMachineFilterTests(MemMachineFilterFixture fixture) : IClassFixture<MemMachineFilterFixture>
{
    private EmulatorApi Mm => fixture.MemMachine;

    private static string Quote(string text) => System.Text.Json.Nodes.JsonValue.Create(text).ToJsonString();

    [Theory]
    [InlineData("", "alpha,beta,gamma")]
    [InlineData("producer_id = 'alice'", "alpha,gamma")]
    [InlineData("producer_id != 'alice'", "beta")]
    [InlineData("producer_id <> 'alice'", "beta")]
    [InlineData("PRODUCER_ID = 'bob'", "beta")]
    [InlineData("producer_role = 'user' and m.tier = 'gold'", "alpha")]
    [InlineData("m.tier IN ('gold', 'silver')", "alpha,beta")]
    [InlineData("m.tier NOT IN ('gold')", "beta,gamma")]
    [InlineData("NOT m.tier IN ('gold')", "beta,gamma")]
    [InlineData("metadata.user_id IS NULL", "gamma")]
    [InlineData("m.user_id IS NOT NULL", "alpha,beta")]
    [InlineData("metadata.user_id=123", "alpha")]
    [InlineData("m.user_id = '123' OR m.user_id = '456' AND producer_id = 'alice'", "alpha")]
    [InlineData("(m.user_id = '123' OR m.user_id = '456') AND producer_id = 'bob'", "beta")]
    [InlineData("NOT producer_id = 'alice' OR content = 'alpha'", "alpha,beta")]
    [InlineData("created_at >= date('2025-02-01T00:00:00+00:00')", "beta,gamma")]
    [InlineData("created_at < date('2025-02-01')", "alpha")]
    [InlineData("m.tier > 'c'", "alpha,beta")]
    [InlineData("m.tier <= 'gold'", "alpha,gamma")]
    [InlineData("uid IN (1, 3)", "alpha,gamma")]
    [InlineData("uid >= 2", "beta,gamma")]
    [InlineData("m.tier=\"gold\"", "alpha")]
    [InlineData("@@@", "alpha,beta,gamma")]
    public async Task List_evaluates_the_filter_grammar(string filter, string expected)
    {
        var response = await Mm.PostAsync("memories/list", $$"""{"project_id": "flt", "type": "episodic", "filter": {{Quote(filter)}}}""");

        response.Code.Should().Be(200, response.Text);
        response.Body["content"]!["episodic_memory"]!.AsArray().Select(e => e!["content"]!.GetValue<string>())
            .Should().Equal(expected.Split(','));
    }

    [Fact]
    public async Task Search_compares_typed_values_so_unquoted_numbers_miss_string_metadata()
    {
        async Task<int> HitsAsync(string filter)
        {
            var response = await Mm.PostAsync("memories/search",
                $$"""{"project_id": "flt", "query": "alpha", "types": ["episodic"], "filter": {{Quote(filter)}}}""");
            response.Code.Should().Be(200, response.Text);
            return response.Body["content"]!["episodic_memory"]!["long_term_memory"]!["episodes"]!.AsArray().Count;
        }

        (await HitsAsync("m.user_id = 123")).Should().Be(0);
        (await HitsAsync("m.user_id = '123'")).Should().Be(1);
        (await HitsAsync("producer_id = 'bob'")).Should().Be(0);
    }

    [Theory]
    [InlineData("producer_id = ")]
    [InlineData("(producer_id = 'a'")]
    [InlineData("unknown_field = 'x'")]
    [InlineData("m.tier = date('2025-01-01')")]
    public async Task List_turns_filter_errors_into_a_plain_text_500_like_the_server(string filter)
    {
        var response = await Mm.PostAsync("memories/list", $$"""{"project_id": "flt", "filter": {{Quote(filter)}}}""");

        response.Code.Should().Be(500);
        response.Header("Content-Type").Should().StartWith("text/plain");
        response.Text.Should().Be("Internal Server Error");
    }

    [Theory]
    [InlineData("producer_id = ", "episodic", "invalid argument: Expected IDENT or STRING, got EOF")]
    [InlineData("a = 1 b", "episodic", "invalid argument: Unexpected token: Token(type='IDENT', value='b')")]
    [InlineData("unknown_field = 'x'", "episodic", "invalid argument: Unknown filter field: unknown_field")]
    [InlineData("m.tier = date('2025-01-01')", "episodic", "invalid argument: datetime filtering requires 'properties_json' fields")]
    [InlineData("producer_id = 'alice'", "semantic", "invalid argument: Unknown filter field: producer_id")]
    public async Task Search_turns_filter_errors_into_422_invalid_argument(string filter, string type, string message)
    {
        var response = await Mm.PostAsync("memories/search",
            $$"""{"project_id": "flt", "query": "x", "types": ["{{type}}"], "filter": {{Quote(filter)}}}""");

        response.Code.Should().Be(422);
        response.Body["message"]!.GetValue<string>().Should().Be(message);
    }

    [Fact]
    public async Task Default_search_types_apply_the_filter_to_the_semantic_store_too()
    {
        // producer_id is an episode field; the semantic store rejects it, so the documented interaction is a 422.
        var response = await Mm.PostAsync("memories/search", """{"project_id": "flt", "query": "alpha", "filter": "producer_id = 'alice'"}""");

        response.Code.Should().Be(422);
    }
}
