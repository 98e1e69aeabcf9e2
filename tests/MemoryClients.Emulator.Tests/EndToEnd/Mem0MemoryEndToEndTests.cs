using System.Text.Json.Nodes;
using MemoryClients.Errors;
using MemoryClients.Filters;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>Mem0Client memory operations, end to end against the emulator: add, search, list, get, update, history, delete, batch, feedback.</summary>
public sealed class Mem0MemoryEndToEndTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private Mem0Client Client => fixture.Mem0;

    private static readonly Mem0AddOptions Verbatim = new() { Infer = false };

    private static readonly TimeSpan FastPoll = TimeSpan.FromMilliseconds(1);

    private async Task<List<string>> AddVerbatimAsync(MemoryScope scope, params string[] texts)
    {
        var response = await Client.AddAsync([.. texts.Select(Mem0Message.User)], scope, Verbatim);
        return [.. response.Results!.Select(r => r.Id!)];
    }

    [Fact]
    public async Task Add_verbatim_stores_each_message_and_returns_the_ids_at_once()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("alice"));

        var response = await Client.AddAsync(
            [Mem0Message.User("I love pizza."), Mem0Message.User("I train for a marathon.")],
            scope,
            new Mem0AddOptions { Infer = false, Metadata = new JsonObject { ["source"] = "chat" } });

        response.Status.Should().Be(Mem0AddStatus.Succeeded);
        response.EventId.Should().NotBeNullOrEmpty();
        response.Results.Should().HaveCount(2);
        response.Results!.Select(r => r.Event).Should().OnlyContain(e => e == Mem0MemoryEvent.Add);
        response.Results!.Select(r => r.Data!.Memory).Should().Equal("I love pizza.", "I train for a marathon.");

        var stored = await Client.GetAsync(response.Results![0].Id!);
        stored.Memory.Should().Be("I love pizza.");
        stored.UserId.Should().Be(scope.UserId);
        stored.Metadata!["source"]!.GetValue<string>().Should().Be("chat");
        stored.CreatedAt.Should().NotBeNull();
    }

    [Fact]
    public async Task Add_inferred_is_pending_then_the_event_completes_with_the_extracted_facts()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("bob"));

        var response = await Client.AddAsync(
            [Mem0Message.User("I live in Lisbon. I work as a nurse."), Mem0Message.Assistant("Nice to meet you!")], scope);

        response.Status.Should().Be(Mem0AddStatus.Pending);
        response.EventId.Should().NotBeNullOrEmpty();

        var completed = await Client.Events.WaitForCompletionAsync(response.EventId!, FastPoll);

        completed.Status.Should().Be(Mem0EventStatus.Succeeded);
        completed.Results.Should().HaveCount(2);
        var memories = await Client.ListAsync(scope).CollectAsync();
        memories.Select(m => m.Memory).Should().BeEquivalentTo("I live in Lisbon.", "I work as a nurse.");
        memories.Should().OnlyContain(m => m.UserId == scope.UserId && m.AgentId == null);
    }

    [Fact]
    public async Task Search_ranks_the_best_lexical_match_first_and_drops_unrelated_memories_below_the_threshold()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("carol"));
        var ids = await AddVerbatimAsync(scope,
            "I love Italian pizza with extra cheese.",
            "My favourite sport is tennis.",
            "Pizza on Fridays is a family tradition.");

        var results = await Client.SearchAsync("pizza cheese", scope);

        results.Select(r => r.Id).Should().Equal(ids[0], ids[2]);
        results.Select(r => r.Score!.Value).Should().BeInDescendingOrder().And.OnlyContain(s => s > 0 && s <= 1);
        results[0].UserId.Should().Be(scope.UserId);
    }

    [Fact]
    public async Task Search_threshold_zero_keeps_everything_and_top_k_cuts_the_list()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("dave"));
        var ids = await AddVerbatimAsync(scope, "Coffee every morning.", "Tea in the afternoon.", "Runs along the river.");

        var all = await Client.SearchAsync("coffee", scope, new Mem0SearchOptions { Threshold = 0 });
        var top = await Client.SearchAsync("coffee", scope, new Mem0SearchOptions { Threshold = 0, TopK = 1 });
        var strict = await Client.SearchAsync("coffee", scope, new Mem0SearchOptions { Threshold = 1 });

        all.Should().HaveCount(3);
        all[0].Id.Should().Be(ids[0]);
        top.Select(r => r.Id).Should().Equal(ids[0]);
        strict.Should().OnlyContain(r => r.Score >= 1);
    }

    [Fact]
    public async Task Search_with_a_typed_filter_only_sees_matching_metadata()
    {
        var user = EndToEndFixture.NewId("erin");
        var scope = MemoryScope.ForUser(user);
        await Client.AddAsync([Mem0Message.User("Book a table for dinner.")], scope,
            new Mem0AddOptions { Infer = false, Metadata = new JsonObject { ["topic"] = "food" } });
        await Client.AddAsync([Mem0Message.User("Book a flight for the conference.")], scope,
            new Mem0AddOptions { Infer = false, Metadata = new JsonObject { ["topic"] = "work" } });

        var filter = MemoryFilter.UserId.Is(user) & MemoryFilter.Metadata("topic").Is("work");
        var results = await Client.SearchAsync("book", filter);

        results.Select(r => r.Memory).Should().Equal("Book a flight for the conference.");
    }

    [Fact]
    public async Task Search_with_raw_json_filters_ors_two_users()
    {
        var first = EndToEndFixture.NewId("f1");
        var second = EndToEndFixture.NewId("f2");
        await AddVerbatimAsync(MemoryScope.ForUser(first), "Guitar lessons on Monday.");
        await AddVerbatimAsync(MemoryScope.ForUser(second), "Guitar strings need replacing.");
        await AddVerbatimAsync(MemoryScope.ForUser(EndToEndFixture.NewId("f3")), "Guitar concert tickets.");

        var filters = new JsonObject { ["OR"] = new JsonArray(new JsonObject { ["user_id"] = first }, new JsonObject { ["user_id"] = second }) };
        var results = await Client.SearchAsync("guitar", filters);

        results.Select(r => r.UserId).Should().BeEquivalentTo([first, second]);
    }

    [Fact]
    public async Task List_with_a_typed_filter_walks_every_page_lazily()
    {
        var user = EndToEndFixture.NewId("gina");
        var scope = MemoryScope.ForUser(user);
        for (var i = 0; i < 5; i++)
        {
            await Client.AddAsync([Mem0Message.User($"Food note {i}.")], scope,
                new Mem0AddOptions { Infer = false, Metadata = new JsonObject { ["topic"] = "food" } });
        }
        await Client.AddAsync([Mem0Message.User("Work note.")], scope,
            new Mem0AddOptions { Infer = false, Metadata = new JsonObject { ["topic"] = "work" } });
        fixture.Emulator.RequestLog.Clear();

        var filter = MemoryFilter.ForScope(scope) & MemoryFilter.Metadata("topic").Is("food");
        var pageable = Client.ListAsync(filter, new Mem0ListOptions { PageSize = 2 });

        fixture.Emulator.RequestLog.Entries.Should().BeEmpty("listing is lazy: nothing is sent before enumeration");
        var pages = await pageable.CollectPagesAsync();

        pages.Select(p => p.Items.Count).Should().Equal(2, 2, 1);
        pages.Should().OnlyContain(p => p.TotalCount == 5);
        pages[^1].ContinuationToken.Should().BeNull();
        pages.SelectMany(p => p.Items).Select(m => m.Memory).Should().BeEquivalentTo(
            Enumerable.Range(0, 5).Select(i => $"Food note {i}."));
        var requests = fixture.Emulator.RequestLog.ForPath("/mem0/v3/memories/");
        requests.Should().HaveCount(3).And.OnlyContain(r => r.Method == "POST" && r.StatusCode == 200);
        requests.Select(r => r.Query).Should().Equal("page_size=2", "page=2&page_size=2", "page=3&page_size=2");
    }

    [Fact]
    public async Task List_resumes_from_a_continuation_token_and_ListPage_reads_one_page()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("hank"));
        await AddVerbatimAsync(scope, "One.", "Two.", "Three.", "Four.", "Five.");

        var pages = await Client.ListAsync(scope, new Mem0ListOptions { PageSize = 2 }).CollectPagesAsync();
        var all = pages.SelectMany(p => p.Items).ToList();
        var resumed = await Client.ListAsync(scope, new Mem0ListOptions { PageSize = 2 }).CollectPagesAsync(pages[0].ContinuationToken);
        var third = await Client.ListPageAsync(scope, "page=3", new Mem0ListOptions { PageSize = 2 });
        var byFilter = await Client.ListPageAsync(MemoryFilter.ForScope(scope), null, new Mem0ListOptions { PageSize = 4 });
        var byJson = await Client.ListPageAsync(new JsonObject { ["user_id"] = scope.UserId }, "page=2", new Mem0ListOptions { PageSize = 4 });

        all.Should().HaveCount(5);
        all.Select(m => m.Id).Should().OnlyHaveUniqueItems();
        resumed.SelectMany(p => p.Items).Select(m => m.Id).Should().Equal(all.Skip(2).Select(m => m.Id));
        third.Items.Select(m => m.Id).Should().Equal(all[4].Id);
        third.ContinuationToken.Should().BeNull();
        third.TotalCount.Should().Be(5);
        byFilter.Items.Select(m => m.Id).Should().Equal(all.Take(4).Select(m => m.Id));
        byFilter.ContinuationToken.Should().NotBeNull();
        byJson.Items.Select(m => m.Id).Should().Equal(all[4].Id);
    }

    [Fact]
    public async Task List_by_raw_json_filter_with_a_date_range_and_an_out_of_range_page_is_not_found()
    {
        var user = EndToEndFixture.NewId("ivy");
        var scope = MemoryScope.ForUser(user);
        await Client.AddAsync([Mem0Message.User("Old memory.")], scope,
            new Mem0AddOptions { Infer = false, Timestamp = new DateTimeOffset(2020, 1, 15, 0, 0, 0, TimeSpan.Zero) });
        await AddVerbatimAsync(scope, "New memory.");

        var filter = MemoryFilter.UserId.Is(user) & MemoryFilter.CreatedAt.LessThan(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var old = await Client.ListAsync(filter.ToMem0Filter(), new Mem0ListOptions { PageSize = 1 }).CollectAsync();
        var act = () => Client.ListPageAsync(scope, "page=9", new Mem0ListOptions { PageSize = 1 });

        old.Select(m => m.Memory).Should().Equal("Old memory.");
        old[0].CreatedAt!.Value.Year.Should().Be(2020);
        (await act.Should().ThrowAsync<MemoryNotFoundException>()).Which.ServiceMessage.Should().Be("Invalid page.");
    }

    [Fact]
    public async Task Update_changes_text_and_metadata_and_history_records_add_and_update()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("jack"));
        var id = (await AddVerbatimAsync(scope, "I drive a red car."))[0];

        var updated = await Client.UpdateAsync(id, new Mem0UpdateOptions { Text = "I drive a blue car.", Metadata = new JsonObject { ["colour"] = "blue" } });
        var history = await Client.HistoryAsync(id);

        updated.Memory.Should().Be("I drive a blue car.");
        (await Client.GetAsync(id)).Metadata!["colour"]!.GetValue<string>().Should().Be("blue");
        history.Select(h => h.Event).Should().Equal(Mem0MemoryEvent.Add, Mem0MemoryEvent.Update);
        history[1].OldMemory.Should().Be("I drive a red car.");
        history[1].NewMemory.Should().Be("I drive a blue car.");
        history.Should().OnlyContain(h => h.MemoryId == id);
    }

    [Fact]
    public async Task Update_with_a_null_expiration_date_clears_it_and_the_memory_is_live_again()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("kate"));
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2));
        var added = await Client.AddAsync([Mem0Message.User("Temporary parking pass.")], scope,
            new Mem0AddOptions { Infer = false, ExpirationDate = yesterday });
        var id = added.Results![0].Id!;

        (await Client.ListAsync(scope).CollectAsync()).Should().BeEmpty("an expired memory is hidden");
        (await Client.ListAsync(scope, new Mem0ListOptions { ShowExpired = true }).CollectAsync()).Select(m => m.Id).Should().Equal(id);
        (await Client.GetAsync(id)).ExpirationDate.Should().Be(yesterday);

        await Client.UpdateAsync(id, new Mem0UpdateOptions { ExpirationDate = null });

        (await Client.GetAsync(id)).ExpirationDate.Should().BeNull();
        (await Client.ListAsync(scope).CollectAsync()).Select(m => m.Id).Should().Equal(id);
        fixture.Emulator.RequestLog.Entries.Last(e => e.Method == "PUT").Body.Should().Be("""{"expiration_date":null}""");
    }

    [Fact]
    public async Task Delete_removes_the_memory_then_get_is_not_found_and_history_shows_the_delete()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("liam"));
        var id = (await AddVerbatimAsync(scope, "Delete me."))[0];

        var deleted = await Client.DeleteAsync(id);
        var act = () => Client.GetAsync(id);

        deleted.Message.Should().NotBeNullOrEmpty();
        deleted.CascadeCount.Should().BeNull();
        var error = (await act.Should().ThrowAsync<MemoryNotFoundException>()).Which;
        error.Provider.Should().Be(MemoryProvider.Mem0);
        error.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        error.ErrorCode.Should().Be("HTTP_404");
        (await Client.HistoryAsync(id)).Select(h => h.Event).Should().Equal(Mem0MemoryEvent.Add, Mem0MemoryEvent.Delete);
    }

    [Fact]
    public async Task A_changed_fact_links_the_old_memory_and_delete_linked_removes_the_chain()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("mia"));
        var first = await Client.AddAsync([Mem0Message.User("I live in Porto.")], scope);
        await Client.Events.WaitForCompletionAsync(first.EventId!, FastPoll);
        var second = await Client.AddAsync([Mem0Message.User("I live in Braga.")], scope);
        await Client.Events.WaitForCompletionAsync(second.EventId!, FastPoll);

        var all = await Client.ListAsync(scope).CollectAsync();
        var latest = await Client.ListAsync(scope, new Mem0ListOptions { LatestOnly = true }).CollectAsync();
        all.Should().HaveCount(2);
        latest.Should().ContainSingle();
        var older = all.Single(m => m.Id != latest[0].Id);
        older.ReplacedBy.Should().Be(latest[0].Id);

        var deleted = await Client.DeleteAsync(latest[0].Id, deleteLinked: true);

        deleted.CascadeCount.Should().Be(1);
        (await Client.ListAsync(scope, new Mem0ListOptions { ShowExpired = true }).CollectAsync()).Should().BeEmpty();
        fixture.Emulator.RequestLog.Entries.Last(e => e.Method == "DELETE").Query.Should().Be("delete_linked=true");
    }

    [Fact]
    public async Task DeleteAll_clears_one_scope_and_leaves_others()
    {
        var mine = MemoryScope.ForUser(EndToEndFixture.NewId("nora"));
        var theirs = MemoryScope.ForUser(EndToEndFixture.NewId("omar"));
        await AddVerbatimAsync(mine, "A.", "B.", "C.");
        await AddVerbatimAsync(theirs, "D.");

        var response = await Client.DeleteAllAsync(mine);

        response.Message.Should().NotBeNullOrEmpty();
        (await Client.ListAsync(mine).CollectAsync()).Should().BeEmpty();
        (await Client.ListAsync(theirs).CollectAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task DeleteAll_with_metadata_only_deletes_matching_memories()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("pia"));
        await Client.AddAsync([Mem0Message.User("Keep.")], scope, new Mem0AddOptions { Infer = false, Metadata = new JsonObject { ["tier"] = "gold" } });
        await Client.AddAsync([Mem0Message.User("Drop.")], scope, new Mem0AddOptions { Infer = false, Metadata = new JsonObject { ["tier"] = "free" } });

        await Client.DeleteAllAsync(scope, new JsonObject { ["tier"] = "free" });

        (await Client.ListAsync(scope).CollectAsync()).Select(m => m.Memory).Should().Equal("Keep.");
    }

    [Fact]
    public async Task BatchUpdate_and_BatchDelete_change_several_memories_in_one_call()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("quinn"));
        var ids = await AddVerbatimAsync(scope, "First draft.", "Second draft.", "Third draft.");

        var updated = await Client.BatchUpdateAsync(
        [
            new Mem0BatchUpdate { MemoryId = ids[0], Text = "First final." },
            new Mem0BatchUpdate { MemoryId = ids[1], Text = "Second final.", Metadata = new JsonObject { ["state"] = "final" } },
        ]);
        updated.Message.Should().NotBeNullOrEmpty();
        (await Client.GetAsync(ids[0])).Memory.Should().Be("First final.");
        (await Client.GetAsync(ids[1])).Metadata!["state"]!.GetValue<string>().Should().Be("final");

        var deleted = await Client.BatchDeleteAsync([ids[0], ids[2]]);

        deleted.Message.Should().NotBeNullOrEmpty();
        (await Client.ListAsync(scope).CollectAsync()).Select(m => m.Id).Should().Equal(ids[1]);
    }

    [Fact]
    public async Task BatchDelete_with_an_unknown_id_is_rejected_as_a_whole()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("rosa"));
        var ids = await AddVerbatimAsync(scope, "Stays.");

        var act = () => Client.BatchDeleteAsync([ids[0], Guid.NewGuid().ToString()]);

        await act.Should().ThrowAsync<MemoryApiException>().Where(e => e.StatusCode >= System.Net.HttpStatusCode.BadRequest);
        (await Client.ListAsync(scope).CollectAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Feedback_is_recorded_for_a_memory()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("sam"));
        var id = (await AddVerbatimAsync(scope, "Likes jazz."))[0];

        var response = await Client.FeedbackAsync(id, Mem0Feedback.Positive, "accurate");

        response.Feedback.Should().Be(Mem0Feedback.Positive);
        response.FeedbackReason.Should().Be("accurate");
        response.Id.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Get_with_a_malformed_id_is_a_validation_error_with_the_service_message()
    {
        var act = () => Client.GetAsync("not-a-uuid");

        var error = (await act.Should().ThrowAsync<MemoryValidationException>()).Which;
        error.ServiceMessage.Should().Be("Invalid memory ID");
        error.ErrorCode.Should().Be("HTTP_400");
    }

    [Fact]
    public async Task A_filter_with_an_unknown_key_is_rejected_with_the_service_message()
    {
        var filters = new JsonObject { ["user_id"] = "someone", ["colour"] = "red" };

        var list = () => Client.ListAsync(filters).CollectAsync();
        var search = () => Client.SearchAsync("anything", filters);

        (await list.Should().ThrowAsync<MemoryValidationException>()).Which.ServiceMessage.Should().Contain("Top-level key must be a logical operator or an allowed field");
        (await search.Should().ThrowAsync<MemoryValidationException>()).Which.ServiceMessage.Should().Contain("Top-level key must be a logical operator or an allowed field");
    }

    [Fact]
    public async Task A_typed_filter_Mem0_cannot_express_fails_before_any_request()
    {
        fixture.Emulator.RequestLog.Clear();

        var act = () => Client.ListAsync(MemoryFilter.UserId.Is("x") & MemoryFilter.RunId.IsNull());

        act.Should().Throw<FilterNotSupportedException>();
        fixture.Emulator.RequestLog.Entries.Should().BeEmpty();
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Raw_v1_summary_covers_the_scopes_live_memories()
    {
        var user = EndToEndFixture.NewId("tess");
        await AddVerbatimAsync(MemoryScope.ForUser(user), "Plays the cello.", "Lives by the sea.");

        var summary = await Client.V1.GetSummaryAsync(new Mem0GetSummaryRequest { Filters = new JsonObject { ["user_id"] = user } });

        var entry = summary.Should().ContainSingle().Which!.AsObject();
        entry["memory_count"]!.GetValue<int>().Should().Be(2);
        entry["summary"]!.GetValue<string>().Should().Contain("Plays the cello.").And.Contain("Lives by the sea.");
    }
}
