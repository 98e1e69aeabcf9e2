using System.Net;
using MemoryClients.Filters;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;
using MemoryClients.Tests.MemMachine.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.MemMachine;

/// <summary>What goes on the wire for memories, cloud against self-hosted: bodies, headers, paths and retry safety.</summary>
public sealed class MemMachineRequestTests
{
    private const string Added = """{"results":[{"uid":"e-1"}]}""";
    private const string NoHits = """{"status":0,"content":{}}""";

    [Fact]
    public async Task A_cloud_add_sends_project_id_only_and_a_bearer_key()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Added);
        using var client = MemMachineTestClient.Cloud(handler);

        var results = await client.AddAsync([new MemMachineMessage { Content = "I like green tea." }]);

        results.Single().Uid.Should().Be("e-1");
        var request = handler.Requests.Single();
        request.Uri.Should().Be(new Uri("https://api.memmachine.test/v2/memories"));
        request.Body.Should().Be("""{"project_id":"","messages":[{"content":"I like green tea.","role":"user"}]}""");
        request.Headers["Authorization"].Should().Be($"Bearer {MemMachineTestClient.ApiKey}");
        request.Headers["Content-Type"].Should().Be("application/json; charset=utf-8");
    }

    [Fact]
    public async Task A_self_hosted_add_sends_org_id_and_no_authorization_without_a_key()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Added);
        var options = MemMachineTestClient.SelfHostedOptions();
        options.OrgId = "acme";
        options.DefaultProjectId = "support";
        using var client = MemMachineTestClient.Create(handler, options);

        await client.AddAsync([new MemMachineMessage { Content = "hi" }]);

        var request = handler.Requests.Single();
        request.Uri.Should().Be(new Uri("http://localhost:8080/api/v2/memories"));
        request.Body.Should().Be("""{"org_id":"acme","project_id":"support","messages":[{"content":"hi","role":"user"}]}""");
        request.Headers.Should().NotContainKey("Authorization");
    }

    [Fact]
    public async Task A_self_hosted_server_gets_the_key_when_one_is_set()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Added);
        var options = MemMachineTestClient.SelfHostedOptions();
        options.ApiKey = "local-secret";
        using var client = MemMachineTestClient.Create(handler, options);

        await client.AddAsync([new MemMachineMessage { Content = "hi" }]);

        handler.Requests.Single().Headers["Authorization"].Should().Be("Bearer local-secret");
    }

    [Fact]
    public async Task Every_message_field_is_sent_and_the_timestamp_keeps_its_offset()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"results":[{"uid":"e-1"},{"uid":"e-2"}]}""");
        using var client = MemMachineTestClient.Cloud(handler);

        await client.AddAsync(
            [
                new MemMachineMessage
                {
                    Content = "Book me a table for two.",
                    Producer = "alice",
                    ProducedFor = "concierge",
                    Timestamp = new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.FromHours(2)),
                    Role = MemMachineMessageRole.User,
                    Metadata = new Dictionary<string, string> { ["user_id"] = "42", ["Session.Id"] = "s-7" },
                    EpisodeType = MemMachineEpisodeType.Message,
                },
                new MemMachineMessage { Content = "Done.", Timestamp = new DateTimeOffset(2025, 3, 1, 7, 31, 0, TimeSpan.Zero) },
            ],
            "support",
            new MemMachineAddOptions { Types = [MemMachineMemoryType.Episodic] });

        handler.Requests.Single().Body.Should().Be(
            """{"project_id":"support","types":["episodic"],"messages":[{"content":"Book me a table for two.","producer":"alice","produced_for":"concierge","timestamp":"2025-03-01T09:30:00+02:00","role":"user","metadata":{"user_id":"42","Session.Id":"s-7"},"episode_type":"message"},{"content":"Done.","timestamp":"2025-03-01T07:31:00+00:00","role":"user"}]}""");
    }

    [Fact]
    public async Task Search_sends_every_option_and_flattens_the_answer()
    {
        const string answer = """
            {"status":0,"content":{
              "episodic_memory":{
                "long_term_memory":{"episodes":[{"uid":"e-1","content":"I like green tea.","producer_id":"alice","producer_role":"user","score":0.91}]},
                "short_term_memory":{"episodes":[{"uid":"e-9","content":"Any tea tips?","producer_id":"alice","producer_role":"user"}],"episode_summary":["Alice asked about tea."]}},
              "semantic_memory":[{"category":"profile","tag":"food","feature_name":"favourite_drink","value":"green tea","metadata":{"id":"f-3","citations":["e-1"]}}]}}
            """;
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, answer);
        using var client = MemMachineTestClient.SelfHosted(handler);

        var result = await client.SearchAsync("What does Alice drink?", "support", new MemMachineSearchOptions
        {
            TopK = 5,
            RawFilter = "metadata.user_id='42'",
            ExpandContext = 2,
            ScoreThreshold = 0.25,
            Types = [MemMachineMemoryType.Episodic, MemMachineMemoryType.Semantic],
            AgentMode = true,
            SetMetadata = new() { ["user_id"] = "42" },
        });

        handler.Requests.Single().Body.Should().Be(
            """{"org_id":"universal","project_id":"support","query":"What does Alice drink?","top_k":5,"filter":"metadata.user_id=\u002742\u0027","expand_context":2,"score_threshold":0.25,"types":["episodic","semantic"],"agent_mode":true,"set_metadata":{"user_id":"42"}}""");
        result.LongTermEpisodes.Single().Score.Should().Be(0.91);
        result.ShortTermEpisodes.Single().Uid.Should().Be("e-9");
        result.ShortTermSummaries.Should().Equal("Alice asked about tea.");
        result.SemanticFeatures.Single().Metadata!.Citations.Should().Equal("e-1");
        result.Response.Status.Should().Be(0);
    }

    [Fact]
    public async Task A_minimal_search_sends_the_query_only_and_absent_stores_read_as_empty()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, NoHits);
        using var client = MemMachineTestClient.Cloud(handler);

        var result = await client.SearchAsync("tea");

        handler.Requests.Single().Body.Should().Be("""{"project_id":"","query":"tea"}""");
        result.LongTermEpisodes.Should().BeEmpty();
        result.ShortTermEpisodes.Should().BeEmpty();
        result.ShortTermSummaries.Should().BeEmpty();
        result.SemanticFeatures.Should().BeEmpty();
    }

    [Fact]
    public async Task Deletes_trim_and_de_duplicate_ids_and_use_the_plural_field()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.NoContent, "").Respond(HttpStatusCode.NoContent, "");
        using var client = MemMachineTestClient.SelfHosted(handler);

        await client.DeleteEpisodicAsync([" 7 ", "7", "", "9", "7"], "support");
        await client.DeleteSemanticAsync(["f-3", "  f-3"]);

        handler.Requests.Select(r => (r.Path, r.Body)).Should().Equal(
            ("/api/v2/memories/episodic/delete", """{"org_id":"universal","project_id":"support","episodic_ids":["7","9"]}"""),
            ("/api/v2/memories/semantic/delete", """{"org_id":"universal","project_id":"universal","semantic_ids":["f-3"]}"""));
    }

    [Fact]
    public async Task Cloud_deletes_send_no_org_id()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.NoContent, "");
        using var client = MemMachineTestClient.Cloud(handler);

        await client.DeleteSemanticAsync(["f-3"], "support");

        handler.Requests.Single().Body.Should().Be("""{"project_id":"support","semantic_ids":["f-3"]}""");
    }

    [Fact]
    public async Task Health_is_at_the_host_root_on_the_cloud_and_under_the_api_root_self_hosted()
    {
        var health = """{"status":"healthy","service":"memmachine","version":"0.3.10"}""";
        var cloud = new ScriptedHandler().Respond(HttpStatusCode.OK, health);
        var local = new ScriptedHandler().Respond(HttpStatusCode.OK, health);
        using var cloudClient = MemMachineTestClient.Cloud(cloud);
        using var localClient = MemMachineTestClient.SelfHosted(local);

        (await cloudClient.GetHealthAsync()).Status.Should().Be("healthy");
        (await localClient.GetHealthAsync()).Version.Should().Be("0.3.10");

        cloud.Requests.Single().Uri.Should().Be(new Uri("https://api.memmachine.test/health"));
        cloud.Requests.Single().Method.Should().Be(HttpMethod.Get);
        local.Requests.Single().Uri.Should().Be(new Uri("http://localhost:8080/api/v2/health"));
    }

    [Fact]
    public async Task Metrics_are_read_as_text()
    {
        const string metrics = "# HELP requests_total Total requests.\n# TYPE requests_total counter\nrequests_total 42\n";
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, metrics, "text/plain; version=0.0.4");
        using var client = MemMachineTestClient.Cloud(handler);

        (await client.GetMetricsAsync()).Should().Be(metrics);
        handler.Requests.Single().Uri.Should().Be(new Uri("https://api.memmachine.test/v2/metrics"));
        handler.Requests.Single().Headers["Accept"].Should().Be("text/plain");
    }

    [Fact]
    public async Task Reads_are_retried_but_adds_are_not_after_a_500()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.InternalServerError, "Internal Server Error", "text/plain").Respond(HttpStatusCode.OK, NoHits)
            .Respond(HttpStatusCode.InternalServerError, "Internal Server Error", "text/plain");
        var options = MemMachineTestClient.CloudOptions();
        options.Resilience = new MemoryResilienceOptions { MaxRetries = 1, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };
        using var client = MemMachineTestClient.Create(handler, options);

        await client.SearchAsync("tea");
        await client.Invoking(c => c.AddAsync([new MemMachineMessage { Content = "hi" }])).Should().ThrowAsync<MemoryClients.Errors.MemoryServerException>();

        handler.Requests.Select(r => r.Path).Should().Equal("/v2/memories/search", "/v2/memories/search", "/v2/memories");
    }

    [Fact]
    public async Task A_typed_filter_is_sent_as_a_memmachine_filter_string()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, NoHits).Respond(HttpStatusCode.OK, """{"status":0,"content":{"episodic_memory":[]}}""");
        using var client = MemMachineTestClient.Cloud(handler);
        var filter = MemoryFilter.ForScope(MemoryScope.ForUser("42")) & MemoryFilter.Metadata("topic").Is("food");

        await client.SearchAsync("tea", options: new MemMachineSearchOptions { Filter = filter });
        await client.ListEpisodicPageAsync(options: new MemMachineListOptions { Filter = filter });

        handler.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Body!.Contains(""""filter":"metadata.user_id=\u002742\u0027 AND metadata.topic=\u0027food\u0027"""", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_typed_and_a_raw_filter_together_are_refused_before_any_request()
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);

        var act = () => client.SearchAsync("tea", options: new MemMachineSearchOptions { Filter = MemoryFilter.UserId.Is("42"), RawFilter = "metadata.user_id='42'" });

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_filter_memmachine_cannot_express_fails_before_any_request()
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);

        var act = () => client.SearchAsync("tea", options: new MemMachineSearchOptions { Filter = MemoryFilter.Metadata("note").Is("it's") });

        await act.Should().ThrowAsync<FilterNotSupportedException>();
        handler.Requests.Should().BeEmpty();
    }
}
