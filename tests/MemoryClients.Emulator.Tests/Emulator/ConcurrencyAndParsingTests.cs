using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class ConcurrencyAndParsingTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Concurrent_adds_are_all_stored_exactly_once()
    {
        var user = EmulatorFixture.NewId("busy");
        var project = EmulatorFixture.NewId("busy");

        var mem0 = Enumerable.Range(0, 40).Select(i => fixture.Mem0.PostAsync("v3/memories/add/",
            $$"""{"messages": [{"role": "user", "content": "fact {{i}}"}], "user_id": "{{user}}", "infer": false}"""));
        var mm = Enumerable.Range(0, 40).Select(i => fixture.MemMachine.PostAsync("memories",
            $$"""{"project_id": "{{project}}", "messages": [{"content": "episode {{i}}"}]}"""));
        var responses = await Task.WhenAll(mem0.Concat(mm));

        responses.Should().OnlyContain(r => r.Code == 200);
        (await Mem0Seed.ListTextsAsync(fixture.Mem0, $$"""{"user_id": "{{user}}"}""")).Should().HaveCount(40).And.OnlyHaveUniqueItems();
        var uids = responses.Skip(40).Select(r => r.Body["results"]![0]!["uid"]!.GetValue<string>());
        uids.Should().OnlyHaveUniqueItems();
        (await fixture.MemMachine.PostAsync("projects/episode_count/get", $$"""{"project_id": "{{project}}"}"""))
            .Body["count"]!.GetValue<int>().Should().Be(40);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_for_Mem0_and_a_422_for_MemMachine()
    {
        var mem0 = await fixture.Mem0.PostAsync("v3/memories/", "{not json");
        mem0.Code.Should().Be(400);
        mem0.Body["detail"]!.GetValue<string>().Should().StartWith("JSON parse error");

        var list = await fixture.Mem0.PostAsync("v3/memories/", "[1, 2]");
        list.Code.Should().Be(400);
        list.Body["detail"]!.GetValue<string>().Should().Contain("Expected a dictionary");

        var mm = await fixture.MemMachine.PostAsync("memories", "{not json");
        mm.Code.Should().Be(422);
        mm.Body["message"]!.GetValue<string>().Should().StartWith("Invalid request payload: body:");
        (await fixture.MemMachine.PostAsync("memories/list", """{"page_size": "ten"}""")).Code.Should().Be(422);
    }

    [Theory]
    [InlineData("v3/memories/add/", """{"messages": [{"role": "user", "content": "I like tea."}], "user_id": "dup-a", "user_id": "dup-b", "infer": false}""")]
    [InlineData("v3/memories/search/", """{"query": "tea", "filters": {"user_id": "dup"}, "filters": {"user_id": "other"}}""")]
    [InlineData("v3/memories/search/", """{"query": "tea", "filters": {"user_id": "big"}, "top_k": 1e400}""")]
    [InlineData("v3/memories/add/", """{"messages": [{"role": "user", "content": "I like tea."}], "user_id": "big", "metadata": {"n": 1e400}, "infer": false}""")]
    [InlineData("v3/memories/", """{"filters": {"user_id": "big", "created_at": {"gte": -1e400}}}""")]
    public async Task Duplicate_keys_and_numbers_out_of_range_are_a_Mem0_parse_error(string path, string body)
    {
        var response = await fixture.Mem0.PostAsync(path, body);

        response.Code.Should().Be(400, response.Text);
        response.Body["detail"]!.GetValue<string>().Should().StartWith("JSON parse error - ");
    }

    [Theory]
    [InlineData("projects/get", """{"project_id": "dup-a", "project_id": "dup-b"}""")]
    [InlineData("memories", """{"project_id": "dup", "messages": [{"content": "I like tea.", "content": "I like coffee."}]}""")]
    [InlineData("memories/search", """{"project_id": "big", "query": "tea", "top_k": 1e400}""")]
    [InlineData("memories", """{"project_id": "big", "messages": [{"content": "I like tea.", "metadata": {"n": 1e400}}]}""")]
    public async Task Duplicate_keys_and_numbers_out_of_range_are_a_MemMachine_422(string path, string body)
    {
        var response = await fixture.MemMachine.PostAsync(path, body);

        response.Code.Should().Be(422, response.Text);
        response.Body["message"]!.GetValue<string>().Should().StartWith("Invalid request payload: body: JSON decode error: ");
    }
}
