using System.Text.Json.Nodes;
using MemoryClients.ContractTests.Support;
using MemoryClients.Errors;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;

namespace MemoryClients.ContractTests.Mem0;

/// <summary>The v1 memory endpoints (get, update, delete, delete-all, history, batch, feedback, summary, events, entity memories).</summary>
public sealed class MemoriesV1ContractTests
{
    private const string MemoryId = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Get_reads_every_documented_field(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("mem0/get/ok");
        using var client = Mem0Contract.Client(contract, blocking);

        var memory = await client.GetAsync(MemoryId);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0Memory>(Mem0JsonContext.Default);
        memory.Id.Should().Be(MemoryId);
        memory.UserId.Should().Be("alice");
        memory.AgentId.Should().BeNull();
        memory.RunId.Should().Be("trip-planning-2026");
        memory.Metadata!["confidence"]!.GetValue<double>().Should().Be(0.9);
        memory.Categories.Should().Equal("food", "preferences");
        memory.Synthesized.Should().BeFalse();
        memory.UpdatedAt.Should().Be(new DateTimeOffset(2026, 1, 16, 8, 2, 11, 101, TimeSpan.FromHours(-8)));
    }

    [Fact]
    public async Task Get_with_a_non_uuid_id_is_a_validation_error_with_the_service_message()
    {
        await using var contract = await ContractCase.StartAsync("mem0/get/invalid-uuid-400");
        using var client = Mem0Contract.Client(contract);

        var act = () => client.GetAsync("not-a-uuid");

        var error = (await act.Should().ThrowAsync<MemoryValidationException>()).Which;
        contract.AssertRequest();
        error.ServiceMessage.Should().Be("memory_id should be a valid UUID");
        error.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_of_an_unknown_uuid_is_not_found()
    {
        await using var contract = await ContractCase.StartAsync("mem0/get/not-found-404");
        using var client = Mem0Contract.Client(contract);

        var act = () => client.GetAsync("00000000-0000-4000-8000-000000000000");

        (await act.Should().ThrowAsync<MemoryNotFoundException>()).Which.ServiceMessage.Should().Be("Memory not found!");
        contract.AssertRequest();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Update_sends_only_the_text(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("mem0/update/text");
        using var client = Mem0Contract.Client(contract, blocking);

        var memory = await client.UpdateAsync(MemoryId, new Mem0UpdateOptions { Text = "Prefers green tea in the afternoon" });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0Memory>(Mem0JsonContext.Default);
        memory.Memory.Should().Be("Prefers green tea in the afternoon");
    }

    [Fact]
    public async Task Update_with_an_explicit_null_expiration_sends_json_null()
    {
        await using var contract = await ContractCase.StartAsync("mem0/update/clear-expiration");
        using var client = Mem0Contract.Client(contract);

        var memory = await client.UpdateAsync(MemoryId, new Mem0UpdateOptions { ExpirationDate = Mem0ExpirationUpdate.Clear });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0Memory>(Mem0JsonContext.Default);
        memory.ExpirationDate.Should().BeNull();
    }

    [Fact]
    public async Task Update_raw_sends_every_field()
    {
        await using var contract = await ContractCase.StartAsync("mem0/update/all-fields");
        using var client = Mem0Contract.Client(contract);

        var memory = await client.V1.UpdateMemoryAsync(MemoryId, new Mem0UpdateMemoryRequest
        {
            Text = "Prefers green tea",
            Metadata = new JsonObject { ["confidence"] = 0.95 },
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(1767225600),
            ExpirationDate = Mem0ExpirationUpdate.SetTo(new DateOnly(2027, 6, 30)),
        });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0Memory>(Mem0JsonContext.Default);
        memory.ExpirationDate.Should().Be(new DateOnly(2027, 6, 30));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Delete_sends_no_query_by_default(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("mem0/delete/ok");
        using var client = Mem0Contract.Client(contract, blocking);

        var response = await client.DeleteAsync(MemoryId);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0DeleteMemoryResponse>(Mem0JsonContext.Default);
        response.Message.Should().Be("Memory deleted successfully!");
        response.CascadeCount.Should().BeNull();
    }

    [Fact]
    public async Task Delete_linked_reads_the_cascade_count()
    {
        await using var contract = await ContractCase.StartAsync("mem0/delete/linked");
        using var client = Mem0Contract.Client(contract);

        var response = await client.DeleteAsync(MemoryId, deleteLinked: true);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0DeleteMemoryResponse>(Mem0JsonContext.Default);
        response.CascadeCount.Should().Be(2);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Delete_all_for_a_user_sends_the_id_as_query(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("mem0/delete-all/user");
        using var client = Mem0Contract.Client(contract, blocking);

        var response = await client.DeleteAllAsync(MemoryScope.ForUser("alice"));

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0DeleteAllMemoriesResponse>(Mem0JsonContext.Default);
        response.EventId.Should().Be("9b0c5f6a-1111-4a4a-9b9b-222233334444");
    }

    [Fact]
    public async Task Delete_all_with_a_wildcard_is_raw_only_and_sends_metadata_as_a_json_string()
    {
        await using var contract = await ContractCase.StartAsync("mem0/delete-all/wildcard-run-and-metadata");
        using var client = Mem0Contract.Client(contract);

        // A scope never holds the wildcard (it would reach other users' memories); the raw API still sends what it is given.
        await FluentActions.Awaiting(() => client.DeleteAllAsync(MemoryScope.ForAgent("travel-agent") with { RunId = "*" }, new JsonObject { ["channel"] = "chat" }))
            .Should().ThrowAsync<ArgumentException>();
        var response = await client.V1.DeleteAllMemoriesAsync(null, "travel-agent", null, "*", """{"channel":"chat"}""");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0DeleteAllMemoriesResponse>(Mem0JsonContext.Default);
        response.Message.Should().Be("Delete in progress. This may take some time.");
    }

    [Fact]
    public async Task History_reads_every_entry()
    {
        await using var contract = await ContractCase.StartAsync("mem0/history/ok");
        using var client = Mem0Contract.Client(contract);

        var history = await client.HistoryAsync(MemoryId);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<IReadOnlyList<Mem0HistoryEntry>>(Mem0JsonContext.Default);
        history.Select(h => h.Event).Should().Equal(Mem0MemoryEvent.Add, Mem0MemoryEvent.Update);
        history[0].Input.Should().ContainSingle().Which.Role.Should().Be(Mem0MessageRole.User);
        history[0].OldMemory.Should().BeNull();
        history[1].OldMemory.Should().Be("Likes oolong tea");
        history[1].RunId.Should().Be("trip-planning-2026");
        history[1].Metadata!["channel"]!.GetValue<string>().Should().Be("chat");
    }

    [Fact]
    public async Task Batch_update_sends_each_memory()
    {
        await using var contract = await ContractCase.StartAsync("mem0/batch-update/ok");
        using var client = Mem0Contract.Client(contract);

        var response = await client.BatchUpdateAsync(
        [
            new Mem0BatchUpdate { MemoryId = "285ed74b-6e05-4043-b16b-3abd5b533496", Text = "Watches football" },
            new Mem0BatchUpdate { MemoryId = "2c9bd859-d1b7-4d33-a6b8-94e0147c4f07", Metadata = new JsonObject { ["verified"] = true } },
        ]);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0BatchResponse>(Mem0JsonContext.Default);
        response.Message.Should().Be("Successfully updated 2 memories");
    }

    [Fact]
    public async Task Batch_update_with_a_bad_id_is_a_validation_error()
    {
        await using var contract = await ContractCase.StartAsync("mem0/batch-update/invalid-id-400");
        using var client = Mem0Contract.Client(contract);

        var act = () => client.BatchUpdateAsync([new Mem0BatchUpdate { MemoryId = "not-a-uuid", Text = "x" }]);

        (await act.Should().ThrowAsync<MemoryValidationException>()).Which.ServiceMessage.Should().Be("Invalid memory_id: not-a-uuid");
        contract.AssertRequest();
    }

    [Fact]
    public async Task Batch_delete_sends_a_json_body_on_delete()
    {
        await using var contract = await ContractCase.StartAsync("mem0/batch-delete/ok");
        using var client = Mem0Contract.Client(contract);

        var response = await client.BatchDeleteAsync(["285ed74b-6e05-4043-b16b-3abd5b533496", "2c9bd859-d1b7-4d33-a6b8-94e0147c4f07"]);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0BatchResponse>(Mem0JsonContext.Default);
        response.Message.Should().Be("Successfully deleted 2 memories");
    }

    [Fact]
    public async Task Feedback_sends_value_and_reason()
    {
        await using var contract = await ContractCase.StartAsync("mem0/feedback/ok");
        using var client = Mem0Contract.Client(contract);

        var response = await client.FeedbackAsync(MemoryId, Mem0Feedback.Negative, "No longer true");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0SubmitFeedbackResponse>(Mem0JsonContext.Default);
        response.Feedback.Should().Be(Mem0Feedback.Negative);
        response.FeedbackReason.Should().Be("No longer true");
    }

    [Fact]
    public async Task Feedback_on_an_invalid_id_is_a_validation_error()
    {
        await using var contract = await ContractCase.StartAsync("mem0/feedback/invalid-memory-id-400");
        using var client = Mem0Contract.Client(contract);

        var act = () => client.FeedbackAsync("42", Mem0Feedback.Positive);

        (await act.Should().ThrowAsync<MemoryValidationException>()).Which.ServiceMessage.Should().Be("Invalid memory_id");
        contract.AssertRequest();
    }

    [Fact]
    public async Task Summary_sends_filters_and_returns_raw_json()
    {
        await using var contract = await ContractCase.StartAsync("mem0/summary/ok");
        using var client = Mem0Contract.Client(contract);

        var summary = await client.V1.GetSummaryAsync(new Mem0GetSummaryRequest
        {
            Filters = JsonNode.Parse("""{"AND": [{"user_id": "alice"}, {"run_id": "*"}]}""")!.AsObject(),
        });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<JsonArray>(Mem0JsonContext.Default);
        summary.Should().ContainSingle();
        summary[0]!["memory_count"]!.GetValue<int>().Should().Be(12);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Summary_of_a_scope_sends_its_filters(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("mem0/summary/user-scope");
        using var client = Mem0Contract.Client(contract, blocking);

        var summary = await client.GetSummaryAsync(MemoryScope.ForUser("alice"));

        contract.AssertRequest();
        contract.AssertResponseMapsTo<JsonArray>(Mem0JsonContext.Default);
        summary.Should().ContainSingle();
        summary[0]!["summary"]!.GetValue<string>().Should().Be("Alice drinks oolong tea every morning.");
    }

    [Fact]
    public async Task Memory_events_pages_with_page_and_limit()
    {
        await using var contract = await ContractCase.StartAsync("mem0/memory-events/page");
        using var client = Mem0Contract.Client(contract);

        var page = await client.V1.ListMemoryEventsAsync(page: 2, limit: 1);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0PagedResponse<Mem0HistoryEntry>>(Mem0JsonContext.Default);
        page.Count.Should().Be(3);
        page.Next.Should().Be("https://api.mem0.ai/v1/memories/events/?limit=1&page=3");
        page.Results.Should().ContainSingle().Which.NewMemory.Should().Be("Likes oolong tea");
    }

    [Fact]
    public async Task Entity_memories_reads_input_and_update_flag()
    {
        await using var contract = await ContractCase.StartAsync("mem0/entity-memories/user-page");
        using var client = Mem0Contract.Client(contract);

        var page = await client.V1.ListEntityMemoriesAsync("user", "alice", page: 1);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0PagedResponse<Mem0EntityMemory>>(Mem0JsonContext.Default);
        var memory = page.Results.Should().ContainSingle().Subject;
        memory.IsUpdated.Should().BeTrue();
        memory.Input.Should().ContainSingle().Which.Content.Should().Be("I prefer oolong in the afternoon.");
    }

    [Fact]
    public async Task Entity_memories_with_an_unknown_type_is_a_validation_error()
    {
        await using var contract = await ContractCase.StartAsync("mem0/entity-memories/invalid-type-400");
        using var client = Mem0Contract.Client(contract);

        var act = () => client.V1.ListEntityMemoriesAsync("team", "alice");

        (await act.Should().ThrowAsync<MemoryValidationException>()).Which.ServiceMessage.Should().Be("Invalid entity type");
        contract.AssertRequest();
    }
}
