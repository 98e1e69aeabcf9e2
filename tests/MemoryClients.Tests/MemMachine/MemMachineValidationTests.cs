using System.Net;
using System.Text.Json.Nodes;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;
using MemoryClients.Tests.MemMachine.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.MemMachine;

/// <summary>Every client-side rule: the exception type, the parameter it names, and that no request left the client.</summary>
public sealed class MemMachineValidationTests
{
    private static readonly MemMachineMessage Hello = new() { Content = "hello" };

    public static TheoryData<string> BadProjectIds => new()
    {
        "acme/prod",           // no slash: the service builds "org/project" keys from it
        "my project",          // no space
        "emoji\U0001F600",     // a symbol, not a letter
        "quote'd",
        "dot.ted",
        new string('p', 256),  // one character too long
    };

    [Theory]
    [MemberData(nameof(BadProjectIds))]
    public async Task Every_project_scoped_call_rejects_a_bad_project_id_before_sending(string projectId)
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);

        var calls = new Func<Task>[]
        {
            () => client.CreateProjectAsync(projectId),
            () => client.GetProjectAsync(projectId),
            () => client.GetOrCreateProjectAsync(projectId),
            () => client.DeleteProjectAsync(projectId),
            () => client.GetEpisodeCountAsync(projectId),
            () => client.AddAsync([Hello], projectId),
            () => client.SearchAsync("tea", projectId),
            () => Task.FromResult(client.ListEpisodicAsync(projectId)),
            () => Task.FromResult(client.ListSemanticAsync(projectId)),
            () => client.ListEpisodicPageAsync(projectId),
            () => client.ListSemanticPageAsync(projectId),
            () => client.DeleteEpisodicAsync(["1"], projectId),
            () => client.DeleteSemanticAsync(["1"], projectId),
        };
        foreach (var call in calls)
            (await call.Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("projectId");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task The_length_limit_counts_characters_not_utf16_units()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"count":0}""");
        using var client = MemMachineTestClient.Cloud(handler);
        var longest = string.Concat(Enumerable.Repeat("\U0001D49C", 255)); // 255 letters outside the BMP, 510 UTF-16 units

        await client.GetEpisodeCountAsync(longest);

        handler.Requests.Should().ContainSingle();
        (await client.Invoking(c => c.GetEpisodeCountAsync(longest + "\U0001D49C")).Should().ThrowExactlyAsync<ArgumentException>())
            .Which.Message.Should().Contain("at most 255 characters");
    }

    [Fact]
    public async Task Unicode_letters_digits_underscore_colon_and_hyphen_are_valid_ids()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"count":3}""");
        using var client = MemMachineTestClient.Cloud(handler);

        var count = await client.GetEpisodeCountAsync("projet_été:2024-日本-٣");

        count.Should().Be(3);
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task On_the_cloud_an_empty_project_id_means_the_default_project_for_memory_calls()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"count":5}""");
        using var client = MemMachineTestClient.Cloud(handler);

        await client.GetEpisodeCountAsync("");

        handler.Requests.Single().Body.Should().Be("""{"project_id":""}""");
    }

    [Fact]
    public async Task Self_hosted_servers_need_a_non_empty_project_id()
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.SelfHosted(handler);

        (await client.Invoking(c => c.SearchAsync("tea", "")).Should().ThrowExactlyAsync<ArgumentException>())
            .Which.ParamName.Should().Be("projectId");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Create_delete_and_get_or_create_need_an_explicit_non_empty_project_id_even_on_the_cloud()
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);

        (await client.Invoking(c => c.CreateProjectAsync("")).Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("projectId");
        (await client.Invoking(c => c.DeleteProjectAsync("")).Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("projectId");
        (await client.Invoking(c => c.GetOrCreateProjectAsync("")).Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("projectId");
        (await client.Invoking(c => c.CreateProjectAsync(null!)).Should().ThrowExactlyAsync<ArgumentNullException>()).Which.ParamName.Should().Be("projectId");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task The_cloud_refuses_a_project_configuration()
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);
        var options = new MemMachineCreateProjectOptions { Config = new MemMachineProjectConfig { Embedder = "bge-base-en" } };

        (await client.Invoking(c => c.CreateProjectAsync("support", options)).Should().ThrowExactlyAsync<ArgumentException>())
            .Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task Page_size_must_be_at_least_one_and_is_checked_when_the_listing_is_created(int pageSize)
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);
        var options = new MemMachineListOptions { PageSize = pageSize };

        client.Invoking(c => c.ListEpisodicAsync(options: options)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .Which.ParamName.Should().Be("options");
        client.Invoking(c => c.ListSemanticAsync(options: options)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("PageSize (page_size) must be at least 1");
        (await client.Invoking(c => c.ListEpisodicPageAsync(options: options)).Should().ThrowExactlyAsync<ArgumentOutOfRangeException>())
            .Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Page_numbers_are_zero_or_more()
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);

        (await client.Invoking(c => c.ListEpisodicPageAsync(continuationToken: "-1")).Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("continuationToken");
        (await client.Invoking(c => c.ListSemanticPageAsync(continuationToken: "page=1")).Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("continuationToken");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_continuation_token_must_be_a_page_number()
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);

        var walk = async () =>
        {
            await foreach (var _ in client.ListEpisodicAsync().AsPages("next"))
            {
            }
        };

        (await walk.Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("continuationToken");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Search_needs_a_non_blank_query(string query)
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);

        (await client.Invoking(c => c.SearchAsync(query)).Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("query");
        (await client.Invoking(c => c.SearchAsync(null!)).Should().ThrowExactlyAsync<ArgumentNullException>()).Which.ParamName.Should().Be("query");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Search_options_are_range_checked()
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);

        (await client.Invoking(c => c.SearchAsync("tea", options: new() { TopK = 0 })).Should().ThrowExactlyAsync<ArgumentOutOfRangeException>())
            .Which.Message.Should().Contain("top_k");
        (await client.Invoking(c => c.SearchAsync("tea", options: new() { ExpandContext = -1 })).Should().ThrowExactlyAsync<ArgumentOutOfRangeException>())
            .Which.Message.Should().Contain("expand_context");
        (await client.Invoking(c => c.SearchAsync("tea", options: new() { ScoreThreshold = double.NaN })).Should().ThrowExactlyAsync<ArgumentOutOfRangeException>())
            .Which.ParamName.Should().Be("options");
        (await client.Invoking(c => c.SearchAsync("tea", options: new() { Types = ["episodic", " "] })).Should().ThrowExactlyAsync<ArgumentException>())
            .Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Add_needs_at_least_one_message_with_content()
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);

        (await client.Invoking(c => c.AddAsync([])).Should().ThrowExactlyAsync<ArgumentException>())
            .Which.Message.Should().Contain("At least one message");
        (await client.Invoking(c => c.AddAsync(null!)).Should().ThrowExactlyAsync<ArgumentNullException>()).Which.ParamName.Should().Be("messages");
        (await client.Invoking(c => c.AddAsync([Hello, null!])).Should().ThrowExactlyAsync<ArgumentException>())
            .Which.Message.Should().Contain("messages[1] is null");
        (await client.Invoking(c => c.AddAsync([new MemMachineMessage { Content = null! }])).Should().ThrowExactlyAsync<ArgumentException>())
            .Which.ParamName.Should().Be("messages");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Metadata_values_must_be_strings()
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);
        var message = new MemMachineMessage { Content = "hi", Metadata = new Dictionary<string, string> { ["user_id"] = "42", ["tier"] = null! } };

        var error = (await client.Invoking(c => c.AddAsync([message])).Should().ThrowExactlyAsync<ArgumentException>()).Which;

        error.ParamName.Should().Be("messages");
        error.Message.Should().Contain("Metadata[\"tier\"]").And.Contain("must be strings");
        handler.Requests.Should().BeEmpty();
    }

    public static TheoryData<string[]> BlankIdLists => new() { Array.Empty<string>(), new[] { "", "  ", "\t" } };

    [Theory]
    [MemberData(nameof(BlankIdLists))]
    public async Task Deletes_need_at_least_one_non_blank_id(string[] ids)
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);

        (await client.Invoking(c => c.DeleteEpisodicAsync(ids)).Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("episodicIds");
        (await client.Invoking(c => c.DeleteSemanticAsync(ids)).Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("semanticIds");
        (await client.Invoking(c => c.DeleteEpisodicAsync(null!)).Should().ThrowExactlyAsync<ArgumentNullException>()).Which.ParamName.Should().Be("episodicIds");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_caller_changing_set_metadata_after_creating_a_listing_does_not_change_its_pages()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"status":0,"content":{"semantic_memory":[]}}""");
        using var client = MemMachineTestClient.Cloud(handler);
        var setMetadata = new JsonObject { ["user_id"] = "42" };

        var listing = client.ListSemanticAsync(options: new MemMachineListOptions { SetMetadata = setMetadata });
        setMetadata["user_id"] = "99";
        (await listing.ToListAsync()).Should().BeEmpty();

        handler.Requests.Single().Body.Should().Contain("\"set_metadata\":{\"user_id\":\"42\"}");
    }
}
