using MemoryClients.Filters;
using MemoryClients.Paging;

namespace MemoryClients.Emulator.Tests.Unified;

/// <summary>
/// One behavioural suite for <see cref="IMemoryClient"/> and its synchronous twin, run against both providers on the emulator.
/// Each test uses its own user id, so tests never see each other's data.
/// </summary>
public abstract class UnifiedClientBehaviour : IDisposable
{
    private readonly AsyncMemoryClient _async;
    private readonly MemoryClient _sync;

    protected UnifiedClientBehaviour(MemoryEmulator emulator)
    {
        Emulator = emulator;
        _async = new AsyncMemoryClient(Options());
        _sync = new MemoryClient(Options());
    }

    protected MemoryEmulator Emulator { get; }

    protected abstract MemoryProvider Provider { get; }

    protected abstract MemoryClientOptions Options();

    // Through the interface on purpose: the suite is about IMemoryClient.
#pragma warning disable CA1859
    private IMemoryClient Client => _async;
#pragma warning restore CA1859

    private static MemoryScope NewUser() => MemoryScope.ForUser("u-" + Guid.NewGuid().ToString("N")[..12]);

    private static readonly MemoryAddOptions Verbatim = new() { Infer = false };

    private async Task<MemoryAddResult> AddAsync(MemoryScope scope, params string[] texts) =>
        await Client.AddAsync([.. texts.Select(MemoryMessage.User)], scope, Verbatim);

    private async Task<List<MemoryRecord>> AllAsync(MemoryScope scope, MemoryListOptions? options = null)
    {
        var records = new List<MemoryRecord>();
        await foreach (var record in Client.ListAsync(scope, options))
            records.Add(record);
        return records;
    }

    [Fact]
    public void Client_reports_its_provider_and_capabilities()
    {
        Client.Provider.Should().Be(Provider);
        Client.Capabilities.Should().Be(MemoryCapabilities.For(Provider));
        _async.Mem0.Should().Match(m => (m != null) == (Provider == MemoryProvider.Mem0));
        _async.MemMachine.Should().Match(m => (m != null) == (Provider == MemoryProvider.MemMachine));
    }

    [Fact]
    public async Task Add_without_inference_returns_one_id_per_message()
    {
        var result = await AddAsync(NewUser(), "I live in Lisbon.", "My dog is called Rex.");

        result.Provider.Should().Be(Provider);
        result.Ids.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        result.IsPending.Should().BeFalse();
    }

    [Fact]
    public async Task Added_messages_are_listed_with_text_scope_and_provider()
    {
        var scope = NewUser();
        await AddAsync(scope, "I live in Lisbon.");

        var records = await AllAsync(scope);

        var record = records.Should().ContainSingle().Subject;
        record.Text.Should().Contain("Lisbon");
        record.Scope.UserId.Should().Be(scope.UserId);
        record.Provider.Should().Be(Provider);
        record.Kind.Should().Be(Provider == MemoryProvider.Mem0 ? MemoryKind.Fact : MemoryKind.Episode);
        record.Raw.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
        record.CreatedAt.Should().NotBeNull();
    }

    [Fact]
    public async Task Search_finds_the_scope_s_memory()
    {
        var scope = NewUser();
        await AddAsync(scope, "I love pizza with olives.", "I work as a nurse.");

        var hits = await Client.SearchAsync("pizza", scope);

        hits.Should().NotBeEmpty();
        hits[0].Text.Should().Contain("pizza");
    }

    [Fact]
    public async Task Search_with_inference_on_finds_the_memory()
    {
        var scope = NewUser();
        await Client.AddAsync([MemoryMessage.User("I love pizza with olives.")], scope);

        var hits = await Client.SearchAsync("pizza", scope);

        hits.Should().Contain(h => h.Text.Contains("pizza", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Scopes_are_isolated()
    {
        var alice = NewUser();
        var bob = NewUser();
        await AddAsync(alice, "Alice plays chess.");
        await AddAsync(bob, "Bob plays tennis.");

        (await AllAsync(alice)).Should().ContainSingle().Which.Text.Should().Contain("chess");
        (await Client.SearchAsync("plays", bob)).Should().OnlyContain(r => r.Text.Contains("tennis"));
    }

    [Fact]
    public async Task Metadata_is_stored_and_an_extra_filter_narrows_the_listing()
    {
        var scope = NewUser();
        await Client.AddAsync([MemoryMessage.User("Sushi is my favourite food.")], scope, new MemoryAddOptions { Infer = false, Metadata = new Dictionary<string, string> { ["topic"] = "food" } });
        await Client.AddAsync([MemoryMessage.User("I drive a blue car.")], scope, new MemoryAddOptions { Infer = false, Metadata = new Dictionary<string, string> { ["topic"] = "cars" } });

        var food = await AllAsync(scope, new MemoryListOptions { Filter = MemoryFilter.Metadata("topic").Is("food") });

        var record = food.Should().ContainSingle().Subject;
        record.Text.Should().Contain("Sushi");
        record.Metadata!["topic"]!.GetValue<string>().Should().Be("food");
    }

    [Fact]
    public async Task Search_filter_narrows_the_hits()
    {
        var scope = NewUser();
        await Client.AddAsync([MemoryMessage.User("I like green tea.")], scope, new MemoryAddOptions { Infer = false, Metadata = new Dictionary<string, string> { ["topic"] = "drinks" } });
        await Client.AddAsync([MemoryMessage.User("I like green apples.")], scope, new MemoryAddOptions { Infer = false, Metadata = new Dictionary<string, string> { ["topic"] = "fruit" } });

        var hits = await Client.SearchAsync("green", scope, new MemorySearchOptions { Filter = MemoryFilter.Metadata("topic").Is("fruit") });

        hits.Should().ContainSingle().Which.Text.Should().Contain("apples");
    }

    [Fact]
    public async Task TopK_limits_the_hits()
    {
        var scope = NewUser();
        await AddAsync(scope, "Coffee in the morning.", "Coffee after lunch.", "Coffee at night.");

        var hits = await Client.SearchAsync("coffee", scope, new MemorySearchOptions { TopK = 2 });

        hits.Should().HaveCount(2);
    }

    [Fact]
    public async Task Listing_walks_every_page_lazily_and_exposes_pages()
    {
        var scope = NewUser();
        await AddAsync(scope, "One fact.", "Two fact.", "Three fact.", "Four fact.", "Five fact.");
        var options = new MemoryListOptions { PageSize = 2 };

        (await AllAsync(scope, options)).Should().HaveCount(5);

        var pages = new List<Page<MemoryRecord>>();
        await foreach (var page in Client.ListAsync(scope, options).AsPages())
            pages.Add(page);
        pages.Take(2).Should().OnlyContain(p => p.Items.Count == 2 && p.ContinuationToken != null);
        pages.SelectMany(p => p.Items).Select(r => r.Id).Should().HaveCount(5).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Delete_by_record_removes_only_that_memory()
    {
        var scope = NewUser();
        await AddAsync(scope, "Keep this one.", "Remove this one.");
        var victim = (await AllAsync(scope)).Single(r => r.Text.Contains("Remove"));

        await Client.DeleteAsync(victim);

        (await AllAsync(scope)).Should().ContainSingle().Which.Text.Should().Contain("Keep");
    }

    [Fact]
    public async Task Delete_by_id_removes_the_memory()
    {
        var scope = NewUser();
        var added = await AddAsync(scope, "Short-lived memory.");

        await Client.DeleteAsync(added.Ids[0]);

        (await AllAsync(scope)).Should().BeEmpty();
    }

    [Fact]
    public async Task DeleteAll_empties_the_scope_and_leaves_others_alone()
    {
        var doomed = NewUser();
        var kept = NewUser();
        await Client.AddAsync([MemoryMessage.User("Doomed fact one."), MemoryMessage.User("Doomed fact two.")], doomed);
        await AddAsync(kept, "Kept fact.");

        await Client.DeleteAllAsync(doomed);

        (await AllAsync(doomed)).Should().BeEmpty();
        (await AllAsync(kept)).Should().ContainSingle();
    }

    [Fact]
    public async Task Get_returns_the_memory_or_says_what_to_use_instead()
    {
        var scope = NewUser();
        var added = await AddAsync(scope, "I collect stamps.");

        if (Client.Capabilities.CanGet)
        {
            var record = await Client.GetAsync(added.Ids[0]);
            record.Id.Should().Be(added.Ids[0]);
            record.Text.Should().Contain("stamps");
        }
        else
        {
            var act = () => Client.GetAsync(added.Ids[0]);
            (await act.Should().ThrowAsync<NotSupportedException>()).WithMessage("*MemMachine*ListAsync*");
        }
    }

    [Fact]
    public async Task Update_changes_the_text_or_says_what_to_use_instead()
    {
        var scope = NewUser();
        var added = await AddAsync(scope, "I am 30 years old.");

        if (Client.Capabilities.CanUpdate)
        {
            var record = await Client.UpdateAsync(added.Ids[0], new MemoryUpdateOptions { Text = "I am 31 years old." });
            record.Text.Should().Be("I am 31 years old.");
            (await AllAsync(scope)).Single().Text.Should().Be("I am 31 years old.");
        }
        else
        {
            var act = () => Client.UpdateAsync(added.Ids[0], new MemoryUpdateOptions { Text = "x" });
            (await act.Should().ThrowAsync<NotSupportedException>()).WithMessage("*MemMachine*DeleteAsync*AddAsync*");
        }
    }

    [Fact]
    public async Task Bad_arguments_fail_before_any_request()
    {
        var before = Emulator.RequestLog.Count;

        await FluentActions.Invoking(() => Client.SearchAsync("q", new MemoryScope())).Should().ThrowAsync<ArgumentException>().WithParameterName("scope");
        await FluentActions.Invoking(() => Client.AddAsync([], NewUser())).Should().ThrowAsync<ArgumentException>().WithParameterName("messages");
        FluentActions.Invoking(() => Client.ListAsync(NewUser(), new MemoryListOptions { PageSize = 500 })).Should().Throw<ArgumentOutOfRangeException>();

        Emulator.RequestLog.Count.Should().Be(before);
    }

    [Fact]
    public void Sync_client_adds_searches_lists_and_deletes()
    {
        var scope = NewUser();
        var added = _sync.Add([MemoryMessage.User("I keep bees."), MemoryMessage.User("I grow tomatoes.")], scope, Verbatim);
        added.Ids.Should().HaveCount(2);

        _sync.Search("bees", scope).Should().Contain(r => r.Text.Contains("bees"));
        _sync.List(scope, new MemoryListOptions { PageSize = 1 }).Should().HaveCount(2);
        _sync.ListPage(scope, null, new MemoryListOptions { PageSize = 1 }).ContinuationToken.Should().NotBeNull();

        _sync.DeleteAll(scope);

        _sync.List(scope).Should().BeEmpty();
    }

    [Fact]
    public void Sync_client_matches_the_async_client_on_unsupported_operations()
    {
        _sync.Capabilities.Should().Be(Client.Capabilities);
        if (!_sync.Capabilities.CanUpdate)
            FluentActions.Invoking(() => _sync.Update("1", new MemoryUpdateOptions { Text = "x" })).Should().Throw<NotSupportedException>();
        if (!_sync.Capabilities.CanGet)
            FluentActions.Invoking(() => _sync.Get("1")).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public async Task Records_from_another_provider_are_refused()
    {
        var foreign = new MemoryRecord { Id = "x", Provider = Provider == MemoryProvider.Mem0 ? MemoryProvider.MemMachine : MemoryProvider.Mem0 };

        await FluentActions.Invoking(() => Client.DeleteAsync(foreign)).Should().ThrowAsync<ArgumentException>().WithParameterName("record");
    }

    public void Dispose()
    {
        _async.Dispose();
        _sync.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class Mem0UnifiedBehaviourTests(UnifiedEmulatorFixture fixture) : UnifiedClientBehaviour(fixture.Emulator), IClassFixture<UnifiedEmulatorFixture>
{
    protected override MemoryProvider Provider => MemoryProvider.Mem0;

    protected override MemoryClientOptions Options() => new()
    {
        Provider = MemoryProvider.Mem0,
        ApiKey = "emulator-key",
        BaseAddress = Emulator.Mem0BaseAddress,
        Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
    };
}

public sealed class MemMachineUnifiedBehaviourTests(UnifiedEmulatorFixture fixture) : UnifiedClientBehaviour(fixture.Emulator), IClassFixture<UnifiedEmulatorFixture>
{
    protected override MemoryProvider Provider => MemoryProvider.MemMachine;

    protected override MemoryClientOptions Options() => new()
    {
        Provider = MemoryProvider.MemMachine,
        ApiKey = "emulator-key",
        BaseAddress = Emulator.MemMachineBaseAddress,
        ProjectId = "unified-suite",
        Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
    };
}
