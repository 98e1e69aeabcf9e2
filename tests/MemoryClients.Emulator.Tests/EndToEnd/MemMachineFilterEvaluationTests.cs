using MemoryClients.Filters;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>
/// A fixed MemMachine data set, seeded once per class through the SDK into a fresh project: four episodes from two users
/// and an assistant, with string metadata (only E3 has a run id) and backdated timestamps. Labels E1..E4 name them.
/// </summary>
public sealed class MemMachineFilterData : IAsyncLifetime
{
    public static readonly DateTimeOffset T1 = new(2024, 6, 15, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset T2 = new(2024, 7, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset T3 = new(2024, 7, 20, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset T4 = new(2024, 8, 5, 0, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["E1"] = "I love pizza.",
        ["E2"] = "Noted your pizza order.",
        ["E3"] = "I play tennis.",
        ["E4"] = "Book a flight for tennis.",
    };

    public EndToEndFixture Host { get; } = new();

    public string Project { get; } = EndToEndFixture.NewId("fproj");

    /// <summary>Episode uid by label.</summary>
    public Dictionary<string, string> Uids { get; } = [];

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        MemMachineMessage[] messages =
        [
            Message("E1", "alice", MemMachineMessageRole.User, "bot", T1, new() { ["user_id"] = "alice", ["topic"] = "food", ["tier"] = "gold", ["n"] = "5" }),
            Message("E2", "bot", MemMachineMessageRole.Assistant, "alice", T2, new() { ["user_id"] = "alice", ["topic"] = "food", ["tier"] = "silver", ["n"] = "12" }),
            Message("E3", "bob", MemMachineMessageRole.User, "bot", T3, new() { ["user_id"] = "bob", ["topic"] = "sports", ["tier"] = "gold", ["n"] = "30", ["run_id"] = "r1" }),
            Message("E4", "bob", MemMachineMessageRole.User, "bot", T4, new() { ["user_id"] = "bob", ["topic"] = "travel", ["tier"] = "bronze", ["n"] = "7" }),
        ];
        var results = await Host.MemMachine.AddAsync(messages, Project, new MemMachineAddOptions { Types = [MemMachineMemoryType.Episodic] });
        for (var i = 0; i < messages.Length; i++) Uids["E" + (i + 1)] = results[i].Uid;
    }

    public Task DisposeAsync() => Host.DisposeAsync();

    private static MemMachineMessage Message(string label, string producer, MemMachineMessageRole role, string producedFor, DateTimeOffset timestamp,
        Dictionary<string, string> metadata) => new()
        {
            Content = Texts[label],
            Producer = producer,
            Role = role,
            ProducedFor = producedFor,
            Timestamp = timestamp,
            Metadata = metadata,
        };
}

/// <summary>
/// The SDK's <see cref="MemoryFilter"/> written as a MemMachine filter string, parsed and evaluated by the emulator's
/// independent lexer, parser and store evaluators. Expected episodes are written by hand from memmachine-api.md section 5.
/// </summary>
public sealed class MemMachineFilterEvaluationTests(MemMachineFilterData data) : IClassFixture<MemMachineFilterData>
{
    private sealed record Case(Func<MemMachineFilterData, MemoryFilter> Filter, string[] Expected);

    private static Case C(MemoryFilter filter, params string[] expected) => new(_ => filter, expected);

    private static readonly DateTimeOffset T1 = MemMachineFilterData.T1;
    private static readonly DateTimeOffset T2 = MemMachineFilterData.T2;
    private static readonly DateTimeOffset T3 = MemMachineFilterData.T3;

    private static MemoryFilter Topic(string topic) => MemoryFilter.Metadata("topic").Is(topic);

    // Episode list (SQL store): stored values are cast to the literal's type, so metadata.n=12 matches the string "12".
    private static readonly Dictionary<string, Case> ListCases = new()
    {
        // Scope ids (message metadata), equality and membership.
        ["user_id eq"] = C(MemoryFilter.UserId.Is("alice"), "E1", "E2"),
        ["user_id ne"] = C(MemoryFilter.UserId.IsNot("alice"), "E3", "E4"),
        ["scope user and run"] = C(MemoryFilter.ForScope(MemoryScope.ForUser("bob").AndRun("r1")), "E3"),
        ["metadata in"] = C(MemoryFilter.Metadata("tier").In("gold", "silver"), "E1", "E2", "E3"),
        ["metadata not in"] = C(MemoryFilter.Metadata("tier").NotIn("gold"), "E2", "E4"),
        ["run_id is null"] = C(MemoryFilter.RunId.IsNull(), "E1", "E2", "E4"),
        ["run_id is not null"] = C(MemoryFilter.RunId.IsNotNull(), "E3"),
        ["metadata is not null"] = C(MemoryFilter.Metadata("tier").IsNotNull(), "E1", "E2", "E3", "E4"),
        ["metadata is null (unknown key)"] = C(MemoryFilter.Metadata("nope").IsNull(), "E1", "E2", "E3", "E4"),

        // System fields.
        ["producer_id eq"] = C(MemoryFilter.ProducerId.Is("bob"), "E3", "E4"),
        ["producer_role eq"] = C(MemoryFilter.ProducerRole.Is(MemMachineMessageRole.Assistant.ToString()), "E2"),
        ["producer_role ne"] = C(MemoryFilter.ProducerRole.IsNot(MemMachineMessageRole.Assistant.ToString()), "E1", "E3", "E4"),
        ["produced_for_id in"] = C(MemoryFilter.ProducedForId.In("alice"), "E2"),
        ["producer_id not in"] = C(MemoryFilter.ProducerId.NotIn("alice", "bot"), "E3", "E4"),
        ["content eq"] = C(MemoryFilter.Content.Is("I play tennis."), "E3"),
        ["episode_type eq"] = C(MemoryFilter.EpisodeType.Is("message"), "E1", "E2", "E3", "E4"),
        ["uid eq"] = new(d => MemoryFilter.Uid.Is(d.Uids["E3"]), ["E3"]),
        ["uid in"] = new(d => MemoryFilter.Uid.In(d.Uids["E1"], d.Uids["E4"]), ["E1", "E4"]),

        // Dates (date('...') literals), exact bounds on stored instants.
        ["created_at eq"] = C(MemoryFilter.CreatedAt.Is(T2), "E2"),
        ["created_at eq other offset"] = C(MemoryFilter.CreatedAt.Is(T2.ToOffset(TimeSpan.FromHours(-5))), "E2"),
        ["created_at ne"] = C(MemoryFilter.CreatedAt.IsNot(T2), "E1", "E3", "E4"),
        ["created_at gt"] = C(MemoryFilter.CreatedAt.GreaterThan(T2), "E3", "E4"),
        ["created_at gte"] = C(MemoryFilter.CreatedAt.GreaterThanOrEqual(T2), "E2", "E3", "E4"),
        ["created_at lt"] = C(MemoryFilter.CreatedAt.LessThan(T2), "E1"),
        ["created_at lte"] = C(MemoryFilter.CreatedAt.LessThanOrEqual(T2), "E1", "E2"),
        ["created_at between"] = C(MemoryFilter.CreatedAt.Between(T1, T3), "E1", "E2", "E3"),
        ["created_at between midnights"] = C(MemoryFilter.CreatedAt.Between(new(2024, 7, 1, 0, 0, 0, TimeSpan.Zero), new(2024, 7, 31, 0, 0, 0, TimeSpan.Zero)), "E2", "E3"),

        // Numbers against string metadata: numeric comparison after the cast ("5" < 10 although "5" > "10" as text).
        ["metadata number gt"] = C(MemoryFilter.Metadata("n").GreaterThan(10), "E2", "E3"),
        ["metadata number lte"] = C(MemoryFilter.Metadata("n").LessThanOrEqual(7), "E1", "E4"),
        ["metadata number eq"] = C(MemoryFilter.Metadata("n").Is(12), "E2"),
        ["metadata number ne"] = C(MemoryFilter.Metadata("n").IsNot(12), "E1", "E3", "E4"),
        ["metadata integer in"] = C(MemoryFilter.Metadata("n").In(5L, 30L), "E1", "E3"),
        ["metadata double gte"] = C(MemoryFilter.Metadata("n").GreaterThanOrEqual(7.5), "E2", "E3"),
        ["metadata string eq is not numeric"] = C(MemoryFilter.Metadata("n").Is("5"), "E1"),

        // Logic: AND above OR, prefix NOT, nesting.
        ["a & !b"] = C(Topic("food") & !MemoryFilter.ProducerRole.Is(MemMachineMessageRole.Assistant.ToString()), "E1"),
        ["(a | b) & !c"] = C((Topic("food") | Topic("sports")) & !MemoryFilter.UserId.Is("bob"), "E1", "E2"),
        ["(a & b) | c"] = C((MemoryFilter.UserId.Is("bob") & MemoryFilter.Metadata("tier").Is("gold")) | MemoryFilter.ProducerRole.Is(MemMachineMessageRole.Assistant.ToString()), "E2", "E3"),
        ["a & (b | c)"] = C(MemoryFilter.UserId.Is("bob") & (Topic("travel") | Topic("food")), "E4"),
        ["not (a | b)"] = C(!(MemoryFilter.Metadata("tier").Is("gold") | MemoryFilter.Metadata("tier").Is("silver")), "E4"),
        ["not not"] = C(!!Topic("sports"), "E3"),
        ["or of ranges and in"] = C((MemoryFilter.CreatedAt.LessThan(T2) | MemoryFilter.CreatedAt.GreaterThan(T3)) & MemoryFilter.ProducerId.In("alice", "bob"), "E1", "E4"),
    };

    // Long-term episodic search (typed store): metadata strings never equal numbers; "uid" is not a search field there.
    private static readonly Dictionary<string, Case> SearchCases = new()
    {
        ["search user_id eq"] = C(MemoryFilter.UserId.Is("alice"), "E1", "E2"),
        ["search producer_id not in"] = C(MemoryFilter.ProducerId.NotIn("alice", "bot"), "E3", "E4"),
        ["search producer_role ne"] = C(MemoryFilter.ProducerRole.IsNot(MemMachineMessageRole.Assistant.ToString()), "E1", "E3", "E4"),
        ["search created_at between"] = C(MemoryFilter.CreatedAt.Between(T1, T2), "E1", "E2"),
        ["search run_id is null"] = C(MemoryFilter.RunId.IsNull(), "E1", "E2", "E4"),
        ["search metadata number is typed"] = C(MemoryFilter.Metadata("n").Is(12)),
        ["search metadata string eq"] = C(MemoryFilter.Metadata("n").Is("12"), "E2"),
        ["search (a | b) & !c"] = C((Topic("food") | Topic("sports")) & !MemoryFilter.UserId.Is("bob"), "E1", "E2"),
    };

    public static TheoryData<string> ListNames => new(ListCases.Keys);

    public static TheoryData<string> SearchNames => new(SearchCases.Keys);

    [Theory]
    [MemberData(nameof(ListNames))]
    public async Task List_matches_the_documented_semantics(string name)
    {
        var (filter, expected) = ListCases[name];

        var episodes = await data.Host.MemMachine.ListEpisodicAsync(data.Project, new MemMachineListOptions { Filter = filter(data) }).CollectAsync();

        episodes.Select(e => e.Content).Should().BeEquivalentTo(expected.Select(l => MemMachineFilterData.Texts[l]), name);
    }

    [Theory]
    [MemberData(nameof(SearchNames))]
    public async Task Long_term_search_applies_the_filter(string name)
    {
        var (filter, expected) = SearchCases[name];

        // Every episode shares a word with the query, so the filter alone decides what comes back.
        var result = await data.Host.MemMachine.SearchAsync("pizza tennis", data.Project, new MemMachineSearchOptions
        {
            Filter = filter(data),
            TopK = 50,
            Types = [MemMachineMemoryType.Episodic],
        });

        result.LongTermEpisodes.Select(e => e.Content).Should().BeEquivalentTo(expected.Select(l => MemMachineFilterData.Texts[l]), name);
    }

    [Fact]
    public async Task Seeded_episodes_carry_their_timestamps_producers_and_metadata()
    {
        var episodes = await data.Host.MemMachine.ListEpisodicAsync(data.Project).CollectAsync();

        episodes.Select(e => e.Content).Should().Equal(MemMachineFilterData.Texts.Values);
        episodes[1].CreatedAt.Should().Be(MemMachineFilterData.T2);
        episodes[1].ProducerRole.Should().Be(MemMachineMessageRole.Assistant);
        episodes[2].Metadata!["run_id"]!.GetValue<string>().Should().Be("r1");
    }
}
