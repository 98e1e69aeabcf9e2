using System.Net;
using MemoryClients.Errors;
using MemoryClients.Filters;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>MemMachineClient (cloud mode) end to end: projects, add, search, list, delete, health, metrics, errors.</summary>
public sealed class MemMachineEndToEndTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private MemMachineClient Client => fixture.MemMachine;

    private static string NewProject() => EndToEndFixture.NewId("proj");

    private static MemMachineMessage Message(string content, string producer, MemMachineMessageRole? role = null, string? userId = null) => new()
    {
        Content = content,
        Producer = producer,
        ProducedFor = "assistant",
        Role = role ?? MemMachineMessageRole.User,
        Metadata = userId is null ? null : new Dictionary<string, string> { ["user_id"] = userId },
    };

    [Fact]
    public async Task Health_and_metrics_are_served_without_a_project()
    {
        var health = await Client.GetHealthAsync();
        var metrics = await Client.GetMetricsAsync();

        health.Status.Should().Be("healthy");
        health.Service.Should().Be("memmachine");
        metrics.Should().Contain("# TYPE memmachine_episodes gauge").And.Contain("memmachine_semantic_features ");
        fixture.Emulator.RequestLog.Entries.Should().Contain(e => e.Path == "/memmachine/health" && e.StatusCode == 200);
    }

    [Fact]
    public async Task Metrics_count_the_episodes_added()
    {
        var project = NewProject();
        var before = EpisodeGauge(await Client.GetMetricsAsync());

        await Client.AddAsync([Message("One.", "m1"), Message("Two.", "m1")], project, new MemMachineAddOptions { Types = [MemMachineMemoryType.Episodic] });

        EpisodeGauge(await Client.GetMetricsAsync()).Should().BeGreaterThanOrEqualTo(before + 2);
    }

    private static long EpisodeGauge(string metrics) =>
        long.Parse(metrics.Split('\n').Single(l => l.StartsWith("memmachine_episodes ", StringComparison.Ordinal)).Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Project_create_get_list_count_and_delete()
    {
        var id = NewProject();

        var created = await Client.CreateProjectAsync(id, new MemMachineCreateProjectOptions { Description = "E2E project" });
        var read = await Client.GetProjectAsync(id);
        var listed = await Client.ListProjectsAsync();
        var empty = await Client.GetEpisodeCountAsync(id);
        await Client.AddAsync([Message("Hello there.", "p1"), Message("General Kenobi.", "p2")], id);
        var count = await Client.GetEpisodeCountAsync(id);
        await Client.DeleteProjectAsync(id);

        created.ProjectId.Should().Be(id);
        created.OrgId.Should().Be("emulator");
        created.Description.Should().Be("E2E project");
        read.ProjectId.Should().Be(id);
        read.Description.Should().Be("E2E project");
        listed.Should().Contain(p => p.ProjectId == id);
        empty.Should().Be(0);
        count.Should().Be(2);
        var gone = () => Client.GetProjectAsync(id);
        var error = (await gone.Should().ThrowAsync<MemoryNotFoundException>()).Which;
        error.Provider.Should().Be(MemoryProvider.MemMachine);
        error.ServiceMessage.Should().Be("Project does not exist");
        error.ServiceErrorCode.Should().Be("404");
        (await Client.ListProjectsAsync()).Should().NotContain(p => p.ProjectId == id);
        (await Client.GetEpisodeCountAsync(id)).Should().Be(0);
    }

    [Fact]
    public async Task Creating_an_existing_project_is_a_conflict_and_get_or_create_returns_it()
    {
        var id = NewProject();
        await Client.CreateProjectAsync(id, new MemMachineCreateProjectOptions { Description = "first" });

        var duplicate = () => Client.CreateProjectAsync(id);
        var ensured = await Client.GetOrCreateProjectAsync(id, new MemMachineCreateProjectOptions { Description = "second" });

        (await duplicate.Should().ThrowAsync<MemoryValidationException>()).Which.StatusCode.Should().Be(HttpStatusCode.Conflict);
        ensured.Description.Should().Be("first");
    }

    [Fact]
    public async Task Get_or_create_creates_a_missing_project_after_a_404()
    {
        var id = NewProject();
        fixture.Emulator.RequestLog.Clear();

        var project = await Client.GetOrCreateProjectAsync(id, new MemMachineCreateProjectOptions { Description = "made on demand" });

        project.ProjectId.Should().Be(id);
        project.Description.Should().Be("made on demand");
        fixture.Emulator.RequestLog.Entries.Select(e => (e.Path, e.StatusCode)).Should().Equal(
            ("/memmachine/v2/projects/get", 404), ("/memmachine/v2/projects", 201));
    }

    [Fact]
    public async Task Deleting_a_missing_project_is_not_found_and_bad_ids_fail_before_any_request()
    {
        var missing = () => Client.DeleteProjectAsync(NewProject());
        await missing.Should().ThrowAsync<MemoryNotFoundException>();

        fixture.Emulator.RequestLog.Clear();
        var badId = () => Client.GetProjectAsync("has space");
        var emptyCreate = () => Client.CreateProjectAsync("");
        await badId.Should().ThrowAsync<ArgumentException>().Where(e => e.ParamName == "projectId");
        await emptyCreate.Should().ThrowAsync<ArgumentException>().Where(e => e.ParamName == "projectId");
        fixture.Emulator.RequestLog.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Add_returns_one_uid_per_message_in_order_and_creates_the_project()
    {
        var project = NewProject();

        var results = await Client.AddAsync(
        [
            Message("I'm vegetarian.", "alice", userId: "42"),
            Message("Noted.", "concierge", MemMachineMessageRole.Assistant),
        ], project);

        results.Should().HaveCount(2);
        long.Parse(results[1].Uid, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeGreaterThan(long.Parse(results[0].Uid, System.Globalization.CultureInfo.InvariantCulture));
        (await Client.GetProjectAsync(project)).ProjectId.Should().Be(project);
        var episodes = await Client.ListEpisodicAsync(project).CollectAsync();
        episodes.Select(e => e.Uid).Should().Equal(results.Select(r => r.Uid));
        episodes[0].ProducerId.Should().Be("alice");
        episodes[0].ProducerRole.Should().Be(MemMachineMessageRole.User);
        episodes[0].ProducedForId.Should().Be("assistant");
        episodes[0].Metadata!["user_id"]!.GetValue<string>().Should().Be("42");
        episodes[1].ProducerRole.Should().Be(MemMachineMessageRole.Assistant);
    }

    [Fact]
    public async Task The_default_project_is_used_when_no_project_is_given()
    {
        var marker = "Marker" + Guid.NewGuid().ToString("N");

        await Client.AddAsync([Message($"{marker} lives here.", "default-user")]);
        var result = await Client.SearchAsync(marker);

        result.LongTermEpisodes.Should().ContainSingle(e => e.Content.Contains(marker, StringComparison.Ordinal));
        fixture.Emulator.RequestLog.Entries.Last(e => e.Path == "/memmachine/v2/memories").Body.Should().Contain("\"project_id\":\"\"");
    }

    [Fact]
    public async Task Listing_episodes_walks_zero_based_pages_until_a_short_page()
    {
        var project = NewProject();
        await Client.AddAsync(Enumerable.Range(0, 5).Select(i => Message($"Episode {i}.", "lister")), project);
        fixture.Emulator.RequestLog.Clear();

        var pages = await Client.ListEpisodicAsync(project, new MemMachineListOptions { PageSize = 2 }).CollectPagesAsync();

        pages.Select(p => p.Items.Count).Should().Equal(2, 2, 1);
        pages.Select(p => p.ContinuationToken).Should().Equal("1", "2", null);
        pages.SelectMany(p => p.Items).Select(e => e.Content).Should().Equal(Enumerable.Range(0, 5).Select(i => $"Episode {i}."));
        var bodies = fixture.Emulator.RequestLog.ForPath("/memmachine/v2/memories/list").Select(e => e.Body).ToList();
        bodies.Should().HaveCount(3);
        bodies.Select(b => b.Contains("\"page_num\":" + bodies.IndexOf(b), StringComparison.Ordinal)).Should().AllBeEquivalentTo(true);
        bodies.Should().OnlyContain(b => b.Contains("\"type\":\"episodic\"", StringComparison.Ordinal) && b.Contains("\"page_size\":2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Listing_an_exact_multiple_of_the_page_size_ends_with_one_empty_page_and_pages_can_be_read_directly()
    {
        var project = NewProject();
        await Client.AddAsync(Enumerable.Range(0, 4).Select(i => Message($"Item {i}.", "exact")), project);
        fixture.Emulator.RequestLog.Clear();

        var all = await Client.ListEpisodicAsync(project, new MemMachineListOptions { PageSize = 2 }).CollectAsync();
        var requests = fixture.Emulator.RequestLog.ForPath("/memmachine/v2/memories/list").Count;
        var second = await Client.ListEpisodicPageAsync(project, "1", new MemMachineListOptions { PageSize = 2 });
        var resumed = await Client.ListEpisodicAsync(project, new MemMachineListOptions { PageSize = 3 }).CollectPagesAsync("1");

        all.Should().HaveCount(4);
        requests.Should().Be(3);
        second.Items.Select(e => e.Content).Should().Equal("Item 2.", "Item 3.");
        second.ContinuationToken.Should().Be("2");
        second.TotalCount.Should().BeNull();
        resumed.Should().ContainSingle().Which.Items.Select(e => e.Content).Should().Equal("Item 3.");
    }

    [Fact]
    public async Task Listing_episodes_with_typed_and_raw_filters_across_pages()
    {
        var project = NewProject();
        await Client.AddAsync(
        [
            .. Enumerable.Range(0, 3).Select(i => Message($"Alice note {i}.", "alice", userId: "u-alice")),
            .. Enumerable.Range(0, 2).Select(i => Message($"Bob note {i}.", "bob", userId: "u-bob")),
            Message("Alice reply.", "bot", MemMachineMessageRole.Assistant, userId: "u-alice"),
        ], project);

        var typed = await Client.ListEpisodicAsync(project, new MemMachineListOptions
        {
            PageSize = 2,
            Filter = MemoryFilter.ForScope(MemoryScope.ForUser("u-alice")) & MemoryFilter.ProducerRole.Is(MemMachineMessageRole.User.ToString()),
        }).CollectAsync();
        var raw = await Client.ListEpisodicAsync(project, new MemMachineListOptions
        {
            PageSize = 1,
            RawFilter = "metadata.user_id='u-bob' OR producer_role='assistant'",
        }).CollectAsync();

        typed.Select(e => e.Content).Should().Equal("Alice note 0.", "Alice note 1.", "Alice note 2.");
        raw.Select(e => e.Content).Should().Equal("Bob note 0.", "Bob note 1.", "Alice reply.");
        System.Text.Json.Nodes.JsonNode.Parse(fixture.Emulator.RequestLog.ForPath("/memmachine/v2/memories/list")[^1].Body)!["filter"]!
            .GetValue<string>().Should().Be("metadata.user_id='u-bob' OR producer_role='assistant'");
    }

    [Fact]
    public async Task Semantic_features_are_listed_across_pages_and_can_be_filtered_and_deleted()
    {
        var project = NewProject();
        var added = await Client.AddAsync(
        [
            Message("I like hiking. I play chess. I speak French.", "sem-a"),
            Message("I grow tomatoes.", "sem-b"),
            Message("Great hobbies!", "bot", MemMachineMessageRole.Assistant),
        ], project);

        var features = await Client.ListSemanticAsync(project, new MemMachineListOptions { PageSize = 3 }).CollectAsync();
        var firstPage = await Client.ListSemanticPageAsync(project, null, new MemMachineListOptions { PageSize = 3 });
        var onlyB = await Client.ListSemanticAsync(project, new MemMachineListOptions { Filter = MemoryFilter.FeatureSetId.Is("mem_user_sem-b") }).CollectAsync();

        features.Select(f => f.Value).Should().BeEquivalentTo("I like hiking.", "I play chess.", "I speak French.", "I grow tomatoes.");
        features.Should().OnlyContain(f => f.Category == "profile" && f.Metadata!.Id != null);
        features.Where(f => f.SetId == "mem_user_sem-a").Should().OnlyContain(f => f.Metadata!.Citations!.SequenceEqual(new[] { added[0].Uid }));
        firstPage.Items.Should().HaveCount(3);
        firstPage.ContinuationToken.Should().Be("1");
        onlyB.Select(f => f.Value).Should().Equal("I grow tomatoes.");

        await Client.DeleteSemanticAsync([onlyB[0].Metadata!.Id!, " ", onlyB[0].Metadata!.Id!], project);

        (await Client.ListSemanticAsync(project).CollectAsync()).Should().HaveCount(3).And.NotContain(f => f.Value == "I grow tomatoes.");
        fixture.Emulator.RequestLog.ForPath("/memmachine/v2/memories/semantic/delete")[^1].Body
            .Should().Contain($"\"semantic_ids\":[\"{onlyB[0].Metadata!.Id}\"]");
    }

    [Fact]
    public async Task Deleting_episodes_removes_them_from_lists_and_counts()
    {
        var project = NewProject();
        var added = await Client.AddAsync([Message("Keep me.", "del"), Message("Drop me.", "del"), Message("Drop me too.", "del")], project,
            new MemMachineAddOptions { Types = [MemMachineMemoryType.Episodic] });

        await Client.DeleteEpisodicAsync([added[1].Uid, added[2].Uid, "no-such-id"], project);

        (await Client.ListEpisodicAsync(project).CollectAsync()).Select(e => e.Content).Should().Equal("Keep me.");
        (await Client.GetEpisodeCountAsync(project)).Should().Be(1);
        (await Client.ListSemanticAsync(project).CollectAsync()).Should().BeEmpty("the add asked for episodic memory only");
    }

    [Fact]
    public async Task Search_ranks_long_term_episodes_and_returns_short_term_and_semantic_memory()
    {
        var project = NewProject();
        await Client.AddAsync(
        [
            Message("My dog is called Rex.", "owner"),
            Message("I drink green tea every morning.", "owner"),
            Message("Rex the dog loves the park.", "owner"),
        ], project);

        var result = await Client.SearchAsync("dog Rex", project, new MemMachineSearchOptions { TopK = 2 });

        result.LongTermEpisodes.Should().HaveCount(2);
        result.LongTermEpisodes.Select(e => e.Content).Should().BeEquivalentTo("My dog is called Rex.", "Rex the dog loves the park.");
        result.LongTermEpisodes.Should().OnlyContain(e => e.Score > 0);
        result.ShortTermEpisodes.Should().HaveCount(2);
        result.SemanticFeatures.Should().HaveCountLessThanOrEqualTo(2).And.Contain(f => f.Value.Contains("Rex", StringComparison.Ordinal));
        result.Response.Should().NotBeNull();
    }

    [Fact]
    public async Task Search_with_a_typed_filter_threshold_and_types()
    {
        var project = NewProject();
        await Client.AddAsync(
        [
            Message("Pasta for dinner tonight.", "ann", userId: "u-ann"),
            Message("Pasta recipes from Naples.", "ben", userId: "u-ben"),
        ], project);

        var scoped = await Client.SearchAsync("pasta", project, new MemMachineSearchOptions
        {
            Filter = MemoryFilter.ForScope(MemoryScope.ForUser("u-ben")),
            Types = [MemMachineMemoryType.Episodic],
        });
        var none = await Client.SearchAsync("pasta", project, new MemMachineSearchOptions { ScoreThreshold = 1.5, Types = [MemMachineMemoryType.Episodic] });

        scoped.LongTermEpisodes.Select(e => e.Content).Should().Equal("Pasta recipes from Naples.");
        scoped.SemanticFeatures.Should().BeEmpty("semantic memory was not searched");
        none.LongTermEpisodes.Should().BeEmpty();
        fixture.Emulator.RequestLog.ForPath("/memmachine/v2/memories/search")[^2].Body
            .Should().Contain("\"filter\":\"metadata.user_id=\\u0027u-ben\\u0027\"");
    }

    [Fact]
    public async Task A_bad_filter_on_search_is_a_validation_error_with_the_service_message()
    {
        var project = NewProject();
        await Client.AddAsync([Message("Something.", "f")], project);

        var act = () => Client.SearchAsync("something", project, new MemMachineSearchOptions { RawFilter = "metadata.user_id = " });

        var error = (await act.Should().ThrowAsync<MemoryValidationException>()).Which;
        error.StatusCode.Should().Be((HttpStatusCode)422);
        error.ServiceMessage.Should().StartWith("invalid argument");
    }

    [Fact]
    public async Task A_bad_filter_on_list_is_the_documented_plain_text_500()
    {
        var project = NewProject();
        await Client.AddAsync([Message("Something.", "f")], project);
        var client = fixture.CreateMemMachine(EndToEndFixture.FastRetries(maxRetries: 0));

        var act = () => client.ListEpisodicAsync(project, new MemMachineListOptions { RawFilter = "metadata.user_id = " }).CollectAsync();

        var error = (await act.Should().ThrowAsync<MemoryServerException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        error.ServiceMessage.Should().Be("Internal Server Error");
    }

    [Fact]
    public async Task A_typed_filter_the_grammar_cannot_express_fails_before_any_request()
    {
        fixture.Emulator.RequestLog.Clear();

        var act = () => Client.SearchAsync("x", NewProject(), new MemMachineSearchOptions { Filter = MemoryFilter.Metadata("name").Is("O'Brien") });

        await act.Should().ThrowAsync<FilterNotSupportedException>();
        fixture.Emulator.RequestLog.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task A_wrong_key_is_an_authentication_error_and_health_needs_none()
    {
        var client = fixture.CreateMemMachine(apiKey: "wrong-key");

        var act = () => client.ListProjectsAsync();

        var error = (await act.Should().ThrowAsync<MemoryAuthenticationException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.Provider.Should().Be(MemoryProvider.MemMachine);
        error.ToString().Should().NotContain("wrong-key");
        (await client.GetHealthAsync()).Status.Should().Be("healthy");
    }
}
