using System.Text.Json.Nodes;
using MemoryClients.ContractTests.Support;
using MemoryClients.Errors;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;

namespace MemoryClients.ContractTests.Mem0;

/// <summary>The v3 memory endpoints (add, list, search) on the wire, through the ergonomic client and the raw API.</summary>
public sealed class MemoriesV3ContractTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Add_sends_messages_with_top_level_scope_and_reads_the_queued_event(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("mem0/add/user-messages");
        using var client = Mem0Contract.Client(contract, blocking);

        var response = await client.AddAsync(
            [Mem0Message.User("I just moved to San Francisco from New York."), Mem0Message.Assistant("Got it, I will remember your new city.")],
            MemoryScope.ForUser("alice"));

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0AddMemoriesResponse>(Mem0JsonContext.Default);
        response.EventId.Should().Be("2c4d1f44-4f7b-4b2f-9f6e-7b5b4f5a1234");
        response.Status.Should().Be(Mem0AddStatus.Pending);
        response.Results.Should().BeNull();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Add_from_plain_text_sends_one_user_message_with_typed_metadata(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("mem0/add/plain-text-typed-metadata");
        using var client = Mem0Contract.Client(contract, blocking);
        var options = new Mem0AddOptions { Infer = false }
            .WithMetadata(new MorningTea("oolong", 2, ["breakfast"]), ContractMetadataJsonContext.Default.MorningTea);

        var response = await client.AddAsync("I drink oolong tea every morning.", MemoryScope.ForUser("alice"), options);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0AddMemoriesResponse>(Mem0JsonContext.Default);
        response.Status.Should().Be(Mem0AddStatus.Succeeded);
        response.Results.Should().ContainSingle().Which.Data!.Memory.Should().Be("I drink oolong tea every morning.");
    }

    [Fact]
    public async Task Add_without_inference_reads_the_stored_memories()
    {
        await using var contract = await ContractCase.StartAsync("mem0/add/direct-import");
        using var client = Mem0Contract.Client(contract);

        var response = await client.AddAsync(
            [Mem0Message.User("Allergic to peanuts.")],
            MemoryScope.ForAgent("nutrition-coach").AndRun("session-42"),
            new Mem0AddOptions
            {
                Metadata = new JsonObject { ["source"] = "intake-form" },
                Infer = false,
                CustomCategories = [new Dictionary<string, string> { ["allergies"] = "Food allergies and intolerances" }],
                Timestamp = DateTimeOffset.FromUnixTimeSeconds(1767225600),
                ExpirationDate = new DateOnly(2027, 1, 1),
                Timezone = "America/New_York",
                ObservationDateTime = new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.FromHours(-5)),
                Source = "SDK",
            });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0AddMemoriesResponse>(Mem0JsonContext.Default);
        response.Status.Should().Be(Mem0AddStatus.Succeeded);
        var result = response.Results.Should().ContainSingle().Subject;
        result.Id.Should().Be("2c9bd859-d1b7-4d33-a6b8-94e0147c4f07");
        result.Data!.Memory.Should().Be("Allergic to peanuts.");
        result.Event.Should().Be(Mem0MemoryEvent.Add);
    }

    [Fact]
    public async Task Add_without_an_entity_id_surfaces_the_service_validation_error()
    {
        await using var contract = await ContractCase.StartAsync("mem0/add/no-entity-400");
        using var client = Mem0Contract.Client(contract);

        var act = () => client.V3.AddMemoriesAsync(new Mem0AddMemoriesRequest { Messages = [Mem0Message.User("Hello")] });

        var error = (await act.Should().ThrowAsync<MemoryValidationException>()).Which;
        contract.AssertRequest();
        error.ErrorCode.Should().Be("HTTP_400");
        // "error" holds only the status phrase here, so the mapper takes details.message instead.
        error.ServiceMessage.Should().Be("Invalid input data. At least one of user_id, agent_id, app_id or run_id is required.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task List_page_sends_page_and_size_as_query_and_reads_the_envelope(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("mem0/list/first-page");
        using var client = Mem0Contract.Client(contract, blocking);

        var page = await client.ListPageAsync(MemoryScope.ForUser("alice"), "page=1", new Mem0ListOptions { PageSize = 50 });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0PagedResponse<Mem0Memory>>(Mem0JsonContext.Default);
        page.TotalCount.Should().Be(123);
        page.ContinuationToken.Should().Be("page=2&page_size=50");
        page.Items.Should().HaveCount(2);
        var first = page.Items[0];
        first.RunId.Should().Be("trip-planning-2026", "list returns the run id as session_id");
        first.ExpirationDate.Should().Be(new DateOnly(2026, 12, 31));
        first.StructuredAttributes!["day_of_week"]!.GetValue<string>().Should().Be("thursday");
        first.LifecycleState.Should().Be("active");
        first.CreatedAt.Should().Be(new DateTimeOffset(2026, 1, 15, 10, 30, 0, TimeSpan.FromHours(-8)).AddTicks(2751410));
        page.Items[1].ExpirationDate.Should().BeNull();
    }

    [Fact]
    public async Task List_raw_sends_filters_and_options_verbatim()
    {
        await using var contract = await ContractCase.StartAsync("mem0/list/filters-and-options");
        using var client = Mem0Contract.Client(contract);
        var request = new Mem0ListMemoriesRequest
        {
            Filters = JsonNode.Parse("""{"AND": [{"user_id": "alex"}, {"created_at": {"gte": "2024-07-01", "lte": "2024-07-31"}}]}""")!.AsObject(),
            ShowExpired = true,
            StartDate = new DateOnly(2024, 7, 1),
            EndDate = new DateOnly(2024, 7, 31),
            Categories = ["travel"],
            Fields = ["id", "memory", "created_at"],
            Keywords = "Tokyo",
            LatestOnly = true,
        };

        var page = await client.V3.ListMemoriesAsync(request, page: 3, pageSize: 2);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0PagedResponse<Mem0Memory>>(Mem0JsonContext.Default);
        page.Next.Should().BeNull();
        page.Previous.Should().Be("https://api.mem0.ai/v3/memories/?page=2&page_size=2");
        page.Results.Should().ContainSingle().Which.Memory.Should().Be("Interested in vegetarian restaurants in Tokyo");
    }

    [Fact]
    public async Task List_beyond_the_last_page_is_not_found()
    {
        await using var contract = await ContractCase.StartAsync("mem0/list/invalid-page-404");
        using var client = Mem0Contract.Client(contract);

        var act = () => client.ListPageAsync(MemoryScope.ForUser("alice"), "page=99");

        (await act.Should().ThrowAsync<MemoryNotFoundException>()).Which.ServiceMessage.Should().Be("Invalid page.");
        contract.AssertRequest();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_sends_the_scope_as_filters_and_reads_scores(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("mem0/search/user-scope");
        using var client = Mem0Contract.Client(contract, blocking);

        var results = await client.SearchAsync("where does the user live?", MemoryScope.ForUser("alice"), new Mem0SearchOptions { TopK = 10 });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0SearchMemoriesResponse>(Mem0JsonContext.Default);
        var hit = results.Should().ContainSingle().Subject;
        hit.Score.Should().Be(0.82);
        hit.ScoreBreakdown!.Bm25.Should().Be(0.4);
        hit.ScoreBreakdown.Entity.Should().Be(1.0);
        hit.RunId.Should().Be("onboarding", "search returns the run id as run_id");
    }

    [Fact]
    public async Task Search_with_filters_sends_every_option_that_is_set()
    {
        await using var contract = await ContractCase.StartAsync("mem0/search/or-filters-all-options");
        using var client = Mem0Contract.Client(contract);
        var filters = JsonNode.Parse("""{"OR": [{"user_id": "alice"}, {"agent_id": {"in": ["travel-agent", "sports-agent"]}}]}""")!.AsObject();

        var results = await client.SearchAsync("What are my hobbies?", filters, new Mem0SearchOptions
        {
            TopK = 3,
            Threshold = 0.0,
            Rerank = true,
            ReferenceDate = new DateTimeOffset(2026, 2, 1, 12, 0, 0, TimeSpan.FromHours(-5)),
            ShowExpired = false,
            Fields = ["id", "memory", "score"],
            Categories = ["hobbies"],
            Metadata = new JsonObject { ["channel"] = "chat" },
            LatestOnly = true,
            KeywordSearch = true,
        });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0SearchMemoriesResponse>(Mem0JsonContext.Default);
        results.Should().ContainSingle().Which.Memory.Should().Be("Plays tennis on weekends");
    }

    [Fact]
    public async Task Search_without_an_entity_id_surfaces_the_service_validation_error()
    {
        await using var contract = await ContractCase.StartAsync("mem0/search/no-entity-400");
        using var client = Mem0Contract.Client(contract);

        var act = () => client.V3.SearchMemoriesAsync(new Mem0SearchMemoriesRequest
        {
            Query = "anything",
            Filters = JsonNode.Parse("""{"categories": {"in": ["food"]}}""")!.AsObject(),
        });

        (await act.Should().ThrowAsync<MemoryValidationException>()).Which.ServiceMessage.Should()
            .Be("Filters must contain at least one positively-scoped entity ID (user_id, agent_id, app_id or run_id).");
        contract.AssertRequest();
    }
}
