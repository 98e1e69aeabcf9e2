using MemoryClients.ContractTests.Support;
using MemoryClients.Errors;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.ContractTests.MemMachine;

public sealed class MemMachineMemoryContractTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Add_on_the_cloud_sends_every_message_field(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("memmachine/add-memories/cloud");
        using var client = MemMachineContract.Cloud(contract, blocking: blocking);

        var results = await client.AddAsync(
            [
                new MemMachineMessage
                {
                    Content = "I'm vegetarian and allergic to peanuts.",
                    Producer = "alice",
                    ProducedFor = "concierge",
                    Timestamp = new DateTimeOffset(2025, 3, 1, 3, 30, 0, TimeSpan.FromHours(-5)),
                    Role = MemMachineMessageRole.User,
                    Metadata = new Dictionary<string, string> { ["user_id"] = "42", ["session_id"] = "s-7" },
                    EpisodeType = MemMachineEpisodeType.Message,
                },
                new MemMachineMessage
                {
                    Content = "Noted: vegetarian, no peanuts.",
                    Producer = "concierge",
                    ProducedFor = "alice",
                    Timestamp = new DateTimeOffset(2025, 3, 1, 0, 30, 5, TimeSpan.FromHours(-8)),
                    Role = MemMachineMessageRole.Assistant,
                },
            ],
            "support",
            new MemMachineAddOptions { Types = [MemMachineMemoryType.Episodic, MemMachineMemoryType.Semantic] });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<MemMachineAddMemoriesResponse>(MemMachineJsonContext.Default);
        results.Select(r => r.Uid).Should().Equal("6f1b8a3e-2c4d-4e8f-9a1b-3c5d7e9f1a2b", "0c2e4a6b-8d1f-4b3c-9e5a-7f9b1d3c5e7a");
    }

    [Fact]
    public async Task Add_self_hosted_sends_org_id()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/add-memories/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var results = await client.AddAsync([new MemMachineMessage
        {
            Content = "My order #1182 arrived damaged.",
            Producer = "bob",
            Role = MemMachineMessageRole.User,
            Metadata = new Dictionary<string, string> { ["user_id"] = "7" },
        }]);

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineAddMemoriesResponse>(MemMachineJsonContext.Default);
        results.Single().Uid.Should().Be("42");
    }

    [Fact]
    public async Task Add_rejected_by_self_hosted_validation_is_a_validation_error()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/add-memories/self-hosted-invalid");
        using var client = MemMachineContract.SelfHosted(contract);

        // The client refuses an unknown memory type before any I/O; the raw API sends the body as given, so the
        // service's own validation error can be shown reaching the caller intact.
        var error = (await client.V2.Invoking(api => api.AddMemoriesAsync(new MemMachineAddMemoriesRequest
            {
                OrgId = MemMachineContract.OrgId,
                ProjectId = MemMachineContract.ProjectId,
                Types = ["procedural"],
                // Role null sends no role, as in the recorded exchange (the default is "user").
                Messages = [new MemMachineMessage { Content = "hi", Role = null, Timestamp = new DateTimeOffset(2025, 3, 1, 6, 30, 0, TimeSpan.FromHours(-3)) }],
            }))
            .Should().ThrowExactlyAsync<MemoryValidationException>()).Which;

        contract.AssertSelfHostedRequest();
        error.ServiceMessage.Should().Be("Invalid request payload: types.0: Input should be 'semantic' or 'episodic'");
        error.ServiceErrorCode.Should().Be("422");
        error.Provider.Should().Be(MemoryProvider.MemMachine);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_on_the_cloud_reads_long_term_short_term_and_semantic_hits(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("memmachine/search-memories/cloud");
        using var client = MemMachineContract.Cloud(contract, blocking: blocking);

        var result = await client.SearchAsync("What can Alice eat?", "support", new MemMachineSearchOptions
        {
            TopK = 5,
            RawFilter = "metadata.user_id='42'",
            ExpandContext = 1,
            ScoreThreshold = 0.2,
            Types = [MemMachineMemoryType.Episodic, MemMachineMemoryType.Semantic],
            AgentMode = false,
            SetMetadata = new() { ["user_id"] = "42" },
        });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<MemMachineSearchMemoriesResponse>(MemMachineJsonContext.Default);
        var longTerm = result.LongTermEpisodes.Single();
        longTerm.Score.Should().Be(0.8731);
        longTerm.CreatedAt.Should().Be(new DateTimeOffset(2025, 3, 1, 8, 30, 0, TimeSpan.Zero));
        longTerm.Metadata!["session_id"]!.GetValue<string>().Should().Be("s-7");
        result.ShortTermEpisodes.Single().Score.Should().BeNull();
        result.ShortTermSummaries.Should().ContainSingle().Which.Should().StartWith("Alice said");
        var feature = result.SemanticFeatures.Single();
        feature.Metadata!.Id.Should().Be("a3d9c2e1-5b7f-4c1a-8e2d-9f0b1c2d3e4f");
        feature.Metadata.Other!["confidence"]!.GetValue<double>().Should().Be(0.92);
        feature.SetId.Should().Be("mem_user_set_42");
    }

    [Fact]
    public async Task Search_self_hosted_for_semantic_only_omits_the_episodic_part()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/search-memories/self-hosted-semantic-only");
        using var client = MemMachineContract.SelfHosted(contract);

        var result = await client.SearchAsync("shipping problems", options: new MemMachineSearchOptions { Types = [MemMachineMemoryType.Semantic] });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineSearchMemoriesResponse>(MemMachineJsonContext.Default);
        result.Response.Content.EpisodicMemory.Should().BeNull();
        result.LongTermEpisodes.Should().BeEmpty();
        result.SemanticFeatures.Single().Value.Should().Be("order #1182 arrived damaged");
    }

    [Fact]
    public async Task Search_with_a_bad_cloud_key_is_an_authentication_error()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/search-memories/cloud-unauthorized");
        using var client = MemMachineContract.Cloud(contract);

        var error = (await client.Invoking(c => c.SearchAsync("tea")).Should().ThrowExactlyAsync<MemoryAuthenticationException>()).Which;

        contract.AssertRequest();
        error.ServiceMessage.Should().Be("invalid API key");
        error.ServiceErrorCode.Should().Be("401");
        error.Message.Should().NotContain(MemMachineContract.ApiKey);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task List_episodic_on_the_cloud_reads_every_episode_field(bool blocking)
    {
        await using var contract = await ContractCase.StartAsync("memmachine/list-memories/cloud-episodic");
        using var client = MemMachineContract.Cloud(contract, blocking: blocking);

        var page = await client.ListEpisodicPageAsync("support", null, new MemMachineListOptions { PageSize = 50, RawFilter = "metadata.user_id='42'" });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<MemMachineListMemoriesResponse>(MemMachineJsonContext.Default);
        var episode = page.Items.Single();
        episode.SessionKey.Should().Be("org_2f9c41/support");
        episode.ContentType.Should().Be(MemMachineContentType.String);
        episode.FilterableMetadata!["tier"]!.GetValue<string>().Should().Be("gold");
        page.ContinuationToken.Should().BeNull("one item is a short page of 50");
    }

    [Fact]
    public async Task List_semantic_on_the_cloud_selects_a_set_in_the_default_project()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/list-memories/cloud-semantic");
        using var client = MemMachineContract.Cloud(contract);

        var features = await client.ListSemanticAsync(options: new MemMachineListOptions { PageSize = 50, SetMetadata = new() { ["user_id"] = "42" } }).ToListAsync();

        contract.AssertRequest();
        contract.AssertResponseMapsTo<MemMachineListMemoriesResponse>(MemMachineJsonContext.Default);
        features.Single().FeatureName.Should().Be("dietary_restriction");
    }

    [Fact]
    public async Task List_episodic_self_hosted_on_a_later_page()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/list-memories/self-hosted-episodic");
        using var client = MemMachineContract.SelfHosted(contract);

        var pages = await client.ListEpisodicAsync(options: new MemMachineListOptions { PageSize = 2 }).AsPages("1").ToListAsync();

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineListMemoriesResponse>(MemMachineJsonContext.Default);
        pages.Should().ContainSingle("a page of one item is short, so the walk ends");
        pages[0].Items.Single().Uid.Should().Be("43");
        pages[0].Items.Single().ProducedForId.Should().BeNull();
    }

    [Fact]
    public async Task A_self_hosted_list_with_a_bad_filter_is_a_plain_text_500()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/list-memories/self-hosted-bad-filter");
        using var client = MemMachineContract.SelfHosted(contract);

        var error = (await client.Invoking(c => client.ListEpisodicAsync(options: new MemMachineListOptions { RawFilter = "m.tier=gold AND" }).ToListAsync().AsTask())
            .Should().ThrowExactlyAsync<MemoryServerException>()).Which;

        contract.AssertSelfHostedRequest();
        error.ServiceMessage.Should().Be("Internal Server Error");
        error.ResponseBody.Should().Be("Internal Server Error");
    }

    [Theory]
    [InlineData("cloud", false)]
    [InlineData("cloud", true)]
    [InlineData("self-hosted", false)]
    public async Task Delete_episodic_sends_the_plural_ids(string variant, bool blocking)
    {
        await using var contract = await ContractCase.StartAsync($"memmachine/delete-episodic/{variant}");
        using var client = variant == "cloud" ? MemMachineContract.Cloud(contract, blocking: blocking) : MemMachineContract.SelfHosted(contract);
        string[] ids = variant == "cloud"
            ? ["6f1b8a3e-2c4d-4e8f-9a1b-3c5d7e9f1a2b", " 0c2e4a6b-8d1f-4b3c-9e5a-7f9b1d3c5e7a ", "6f1b8a3e-2c4d-4e8f-9a1b-3c5d7e9f1a2b"]
            : ["42", "43", "42"];

        await client.DeleteEpisodicAsync(ids, "support");

        contract.AssertRequest();
    }

    [Theory]
    [InlineData("cloud", "a3d9c2e1-5b7f-4c1a-8e2d-9f0b1c2d3e4f", false)]
    [InlineData("cloud", "a3d9c2e1-5b7f-4c1a-8e2d-9f0b1c2d3e4f", true)]
    [InlineData("self-hosted", "31", false)]
    public async Task Delete_semantic_sends_the_feature_ids(string variant, string id, bool blocking)
    {
        await using var contract = await ContractCase.StartAsync($"memmachine/delete-semantic/{variant}");
        using var client = variant == "cloud" ? MemMachineContract.Cloud(contract, blocking: blocking) : MemMachineContract.SelfHosted(contract);

        await client.DeleteSemanticAsync([id], "support");

        contract.AssertRequest();
    }
}
