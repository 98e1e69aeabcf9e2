using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>Three known memories for user "fu" (A food, B travel with a run, C work), seeded once.</summary>
public sealed class Mem0FilterFixture : EmulatorFixture
{
    public Dictionary<string, string> Ids { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Ids["A"] = await Mem0Seed.AddOneAsync(Mem0, "fu", "I love pizza",
            "\"metadata\": {\"topic\": \"food\", \"level\": 1, \"tags\": [\"italian\", \"cheap\"]}, \"timestamp\": 1719835200");
        Ids["B"] = await Mem0Seed.AddOneAsync(Mem0, "fu", "Trip to Rome booked",
            "\"metadata\": {\"topic\": \"travel\", \"prefs\": {\"seat\": \"aisle\"}}, \"run_id\": \"r1\", \"timestamp\": 1721044800");
        Ids["C"] = await Mem0Seed.AddOneAsync(Mem0, "fu", "Meeting with the Engineering team",
            "\"metadata\": {\"topic\": \"work\"}, \"timestamp\": 1722513600");
        // Another user's memory that must never leak into "fu" results.
        await Mem0Seed.AddOneAsync(Mem0, "someone-else", "I love pizza too", "\"metadata\": {\"topic\": \"food\"}");
    }
}

public sealed class Mem0FilterTests(Mem0FilterFixture fixture) : IClassFixture<Mem0FilterFixture>
{
    [Theory]
    [InlineData("""{"user_id": "fu"}""", "A,B,C")]
    [InlineData("""{"user_id": {"eq": "fu"}}""", "A,B,C")]
    [InlineData("""{"user_id": {"in": ["fu", "other"]}}""", "A,B,C")]
    [InlineData("""{"AND": [{"user_id": "fu"}, {"run_id": "r1"}]}""", "B")]
    [InlineData("""{"AND": [{"user_id": "fu"}, {"run_id": "*"}]}""", "B")]
    [InlineData("""{"user_id": "fu", "run_id": {"ne": "r1"}}""", "A,C")]
    [InlineData("""{"user_id": "fu", "metadata": {"topic": "food"}}""", "A")]
    [InlineData("""{"OR": [{"AND": [{"user_id": "fu"}, {"metadata": {"topic": "food"}}]}, {"AND": [{"user_id": "fu"}, {"metadata": {"topic": "work"}}]}]}""", "A,C")]
    [InlineData("""{"AND": [{"user_id": "fu"}, {"NOT": {"metadata": {"topic": "food"}}}]}""", "B,C")]
    [InlineData("""{"user_id": "fu", "created_at": {"gte": "2024-07-01", "lte": "2024-07-31"}}""", "A,B")]
    [InlineData("""{"user_id": "fu", "created_at": {"gt": "2024-07-01"}}""", "A,B,C")]
    [InlineData("""{"user_id": "fu", "created_at": {"lt": "2024-07-15"}}""", "A")]
    [InlineData("""{"user_id": "fu", "created_at": {"lte": "2024-07-15T12:00:00Z"}}""", "A,B")]
    [InlineData("""{"user_id": "fu", "created_at": {"lte": "2024-07-15"}}""", "A")]
    [InlineData("""{"user_id": "fu", "created_at": {"in": ["2024-07-01"]}}""", "")]
    [InlineData("""{"user_id": "fu", "created_at": {"ne": "2024-07-15T12:00:00Z"}}""", "A,C")]
    [InlineData("""{"user_id": "fu", "created_at": {"in": ["2024-08-01T12:00:00Z", "2024-07-01T12:00:00+00:00"]}}""", "A,C")]
    [InlineData("""{"user_id": "fu", "timestamp": {"gte": 1722000000}}""", "C")]
    [InlineData("""{"user_id": "fu", "categories": {"in": ["travel"]}}""", "B")]
    [InlineData("""{"user_id": "fu", "categories": {"contains": "FOO"}}""", "A")]
    [InlineData("""{"user_id": "fu", "text": {"contains": "Rome"}}""", "B")]
    [InlineData("""{"user_id": "fu", "text": {"contains": "meeting"}}""", "")]
    [InlineData("""{"user_id": "fu", "text": {"icontains": "meeting"}}""", "C")]
    [InlineData("""{"user_id": "fu", "text": "I love pizza"}""", "A")]
    [InlineData("""{"user_id": "fu", "keywords": {"contains": "pizza"}}""", "A")]
    [InlineData("""{"user_id": "fu", "metadata": {"topic": {"ne": "food"}}}""", "B,C")]
    [InlineData("""{"user_id": "fu", "metadata": {"topic": {"contains": "trav"}}}""", "B")]
    [InlineData("""{"user_id": "fu", "metadata": {"topic": {"icontains": "WORK"}}}""", "C")]
    [InlineData("""{"user_id": "fu", "metadata": {"tags": {"contains": "cheap"}}}""", "A")]
    [InlineData("""{"user_id": "fu", "metadata": {"prefs": {"seat": "aisle"}}}""", "B")]
    [InlineData("""{"user_id": "fu", "metadata": {"level": 1}}""", "A")]
    [InlineData("""{"user_id": "fu", "metadata": {"prefs": "*"}}""", "B")]
    [InlineData("""{"AND": [{"user_id": "fu"}], "OR": [{"metadata": {"topic": "food"}}]}""", "A,B,C")]
    public async Task List_evaluates_the_filter_language(string filters, string expected)
    {
        var texts = await Mem0Seed.ListTextsAsync(fixture.Mem0, filters);

        var names = texts.Select(t => fixture.Ids.Single(kv => Text(kv.Key) == t).Key).Order();
        names.Should().Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Memory_ids_filter_selects_by_id()
    {
        var texts = await Mem0Seed.ListTextsAsync(fixture.Mem0, $$"""{"user_id": "fu", "memory_ids": ["{{fixture.Ids["B"]}}", "{{fixture.Ids["C"]}}"]}""");

        texts.Should().BeEquivalentTo(Text("B"), Text("C"));
    }

    [Fact]
    public async Task Search_applies_the_same_filters()
    {
        var response = await fixture.Mem0.PostAsync("v3/memories/search/",
            """{"query": "pizza", "filters": {"OR": [{"user_id": "fu"}, {"user_id": "nobody"}]}, "threshold": 0}""");

        response.Body["results"]!.AsArray().Select(r => r!["memory"]!.GetValue<string>())
            .Should().BeEquivalentTo(Text("A"), Text("B"), Text("C"));
    }

    [Theory]
    [InlineData("""{"user_id": "fu", "foo": 1}""", "Top-level key must be a logical operator or an allowed field")]
    [InlineData("""{"user_id": "fu", "created_at": {"eq": "2024-07-01"}}""", "'eq' is not supported for 'created_at'")]
    [InlineData("""{"user_id": "fu", "created_at": {"gte": "not-a-date"}}""", "'created_at' expects an ISO date")]
    [InlineData("""{"user_id": "fu", "categories": {"eq": "food"}}""", "'eq' is not supported for 'categories'")]
    [InlineData("""{"user_id": "fu", "metadata": {"topic": {"in": ["food"]}}}""", "'in' is not supported for 'metadata.topic'")]
    [InlineData("""{"user_id": {"gt": "a"}}""", "'gt' is not supported for 'user_id'")]
    [InlineData("""{"user_id": "fu", "text": {"nin": ["x"]}}""", "unknown operator 'nin'")]
    [InlineData("""{"user_id": "fu", "AND": {"user_id": "fu"}}""", "AND takes a non-empty list")]
    [InlineData("""{"NOT": {"user_id": "fu"}}""", "no positively-scoped entity ID")]
    [InlineData("""{"user_id": {"ne": "fu"}}""", "no positively-scoped entity ID")]
    [InlineData("""{"OR": [{"user_id": "fu"}, {"metadata": {"topic": "food"}}]}""", "no positively-scoped entity ID")]
    [InlineData("""{}""", "Filters are required and cannot be empty")]
    public async Task Invalid_filters_are_400_with_the_reason(string filters, string reason)
    {
        var response = await fixture.Mem0.PostAsync("v3/memories/", $$"""{"filters": {{filters}}}""");

        response.Code.Should().Be(400);
        response.Body["error"]!.GetValue<string>().Should().Contain(reason);
    }

    private static string Text(string name) => name switch
    {
        "A" => "I love pizza",
        "B" => "Trip to Rome booked",
        _ => "Meeting with the Engineering team",
    };
}
