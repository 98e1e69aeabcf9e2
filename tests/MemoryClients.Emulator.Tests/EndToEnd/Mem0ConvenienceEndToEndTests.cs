using System.Text.Json.Nodes;
using MemoryClients.Filters;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>Adding from a plain string, typed metadata both ways and the summary, end to end against the emulator.</summary>
public sealed class Mem0ConvenienceEndToEndTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private Mem0Client Client => fixture.Mem0;

    private static readonly Mem0AddOptions Verbatim = new() { Infer = false };

    [Fact]
    public async Task Text_added_verbatim_is_stored_as_one_user_message()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("text"));

        var response = await Client.AddAsync("I drink oolong tea every morning.", scope, Verbatim);

        var id = response.Results.Should().ContainSingle().Which.Id!;
        var stored = await Client.GetAsync(id);
        stored.Memory.Should().Be("I drink oolong tea every morning.");
        stored.UserId.Should().Be(scope.UserId);
    }

    [Fact]
    public async Task Text_added_with_inference_is_extracted_like_a_conversation()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("text"));

        var response = await Client.AddAsync("I live in Lisbon. I work as a nurse.", scope);
        await Client.Events.WaitForCompletionAsync(response.EventId!, TimeSpan.FromMilliseconds(1));

        var memories = await Client.ListAsync(scope).CollectAsync();
        memories.Select(m => m.Memory).Should().BeEquivalentTo("I live in Lisbon.", "I work as a nurse.");
    }

    [Fact]
    public async Task Typed_metadata_written_on_add_and_update_reads_back_as_the_same_value()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("meta"));
        var written = new TeaHabit("oolong", 2, ["breakfast", "after lunch"]);

        var added = await Client.AddAsync("I drink oolong tea.", scope, Verbatim.WithMetadata(written, E2eMetadataJsonContext.Default.TeaHabit));
        var id = added.Results!.Single().Id!;
        var read = (await Client.GetAsync(id)).GetMetadata(E2eMetadataJsonContext.Default.TeaHabit);

        read.Should().BeEquivalentTo(written);
        (await Client.GetAsync(id)).Metadata!["cups_per_day"]!.GetValue<int>().Should().Be(2, "the application's context chose the names");

        var changed = written with { CupsPerDay = 3 };
        var updated = await Client.UpdateAsync(id, new Mem0UpdateOptions().WithMetadata(changed, E2eMetadataJsonContext.Default.TeaHabit));
        updated.GetMetadata(E2eMetadataJsonContext.Default.TeaHabit).Should().BeEquivalentTo(changed);
        (await Client.GetAsync(id)).GetMetadata(E2eMetadataJsonContext.Default.TeaHabit).Should().BeEquivalentTo(changed);
    }

    [Fact]
    public async Task Typed_metadata_reads_back_through_the_unified_client()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("meta"));
        var written = new TeaHabit("sencha", 1, ["evening"]);
        await Client.AddAsync("I drink sencha in the evening.", scope, Verbatim.WithMetadata(written, E2eMetadataJsonContext.Default.TeaHabit));
        using var memory = new AsyncMemoryClient(new MemoryClientOptions
        {
            Provider = MemoryProvider.Mem0,
            ApiKey = EndToEndFixture.Mem0Key,
            BaseAddress = fixture.Emulator.Mem0BaseAddress,
        });

        var record = (await memory.ListAsync(scope).CollectAsync()).Should().ContainSingle().Subject;

        record.GetMetadata(E2eMetadataJsonContext.Default.TeaHabit).Should().BeEquivalentTo(written);
    }

    [Fact]
    public async Task Summary_of_a_scope_covers_its_memories_only()
    {
        var scope = MemoryScope.ForUser(EndToEndFixture.NewId("sum"));
        var other = MemoryScope.ForUser(EndToEndFixture.NewId("sum"));
        await Client.AddAsync([Mem0Message.User("I like green tea."), Mem0Message.User("I live in Porto.")], scope, Verbatim);
        await Client.AddAsync("I like coffee.", other, Verbatim);

        var summary = (await Client.GetSummaryAsync(scope)).Should().ContainSingle().Subject!.AsObject();

        summary["memory_count"]!.GetValue<int>().Should().Be(2);
        summary["summary"]!.GetValue<string>().Should().Contain("I like green tea.").And.Contain("I live in Porto.").And.NotContain("coffee");
    }

    [Fact]
    public async Task Summary_of_a_typed_filter_or_a_filter_tree_covers_what_matches()
    {
        var first = EndToEndFixture.NewId("sum");
        var second = EndToEndFixture.NewId("sum");
        await Client.AddAsync("I like green tea.", MemoryScope.ForUser(first), Verbatim);
        await Client.AddAsync("I like coffee.", MemoryScope.ForUser(second), Verbatim);

        var both = await Client.GetSummaryAsync(MemoryFilter.UserId.Is(first) | MemoryFilter.UserId.Is(second));
        var one = await Client.GetSummaryAsync(new JsonObject { ["user_id"] = second });

        both.Single()!["memory_count"]!.GetValue<int>().Should().Be(2);
        one.Single()!["summary"]!.GetValue<string>().Should().Be("I like coffee.");
    }
}
