using System.Text.RegularExpressions;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;
using Xunit.Abstractions;

namespace MemoryClients.Emulator.Embeddings.Tests;

[Collection(EmbedderGroup.Name)]
public sealed partial class RankingByMeaningTests(EmbedderFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_README_MemMachine_example_finds_its_memory_by_meaning_and_not_by_words()
    {
        (await ReadmeExampleAsync(new MemoryEmulatorOptions { EmbeddingGenerator = fixture.Embedder })).Should().Equal("I'm vegetarian.");
        (await ReadmeExampleAsync(new MemoryEmulatorOptions())).Should().BeEmpty("the query shares no word with the memory");
    }

    [Fact]
    public async Task Recall_at_5_on_the_labelled_set_is_higher_by_meaning_and_is_what_the_docs_report()
    {
        RecallSet.Pairs.Should().HaveCountGreaterThanOrEqualTo(50);
        await using var lexical = await MemoryEmulator.StartAsync();
        await using var semantic = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { EmbeddingGenerator = fixture.Embedder });

        var words = await RecallSet.MeasureAsync(lexical);
        var meaning = await RecallSet.MeasureAsync(semantic);

        var total = RecallSet.Pairs.Count;
        output.WriteLine($"recall@5 over {total} pairs: lexical Mem0 {words.Mem0}, MemMachine {words.MemMachine}; embeddings Mem0 {meaning.Mem0}, MemMachine {meaning.MemMachine}");
        meaning.Mem0.Should().BeGreaterThan(words.Mem0 + total / 4);
        meaning.MemMachine.Should().BeGreaterThan(words.MemMachine + total / 4);

        // docs/emulator.md reports the figures; lexical ranking is exact, embeddings may move by one pair across CPUs.
        var docs = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "emulator.md"));
        var row = RecallRow().Match(docs);
        row.Success.Should().BeTrue("docs/emulator.md has the recall@5 table");
        int.Parse(row.Groups["pairs"].Value, System.Globalization.CultureInfo.InvariantCulture).Should().Be(total);
        Figure(row, "lexMem0").Should().Be(words.Mem0);
        Figure(row, "lexMm").Should().Be(words.MemMachine);
        Figure(row, "embMem0").Should().BeInRange(meaning.Mem0 - 1, meaning.Mem0 + 1);
        Figure(row, "embMm").Should().BeInRange(meaning.MemMachine - 1, meaning.MemMachine + 1);
    }

    [Fact]
    public async Task Scores_are_cosine_similarities_that_the_default_threshold_and_score_threshold_cut()
    {
        await using var emulator = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { EmbeddingGenerator = fixture.Embedder });
        using var client = new MemMachineClient(new MemMachineClientOptions { ApiKey = "any", BaseAddress = emulator.MemMachineBaseAddress });
        await client.AddAsync([new MemMachineMessage { Content = "I'm vegetarian.", Producer = "alice", Role = "user" },
            new MemMachineMessage { Content = "The printer on the third floor is broken.", Producer = "alice", Role = "user" }], "scores");

        var all = await client.SearchAsync("What can Alice eat?", "scores", new MemMachineSearchOptions { TopK = 5 });
        var strict = await client.SearchAsync("What can Alice eat?", "scores", new MemMachineSearchOptions { TopK = 5, Threshold = 0.3 });

        all.LongTermEpisodes.Should().OnlyContain(e => e.Score > 0 && e.Score <= 1);
        strict.LongTermEpisodes.Select(e => e.Content).Should().Equal("I'm vegetarian.");
    }

    private static async Task<List<string>> ReadmeExampleAsync(MemoryEmulatorOptions options)
    {
        await using var emulator = await MemoryEmulator.StartAsync(options);
        using var memMachine = new MemMachineClient(new MemMachineClientOptions { ApiKey = "mm-test", BaseAddress = emulator.MemMachineBaseAddress });
        await memMachine.GetOrCreateProjectAsync("support");
        await memMachine.AddAsync([new MemMachineMessage { Content = "I'm vegetarian.", Producer = "alice", Role = "user" }], "support");
        var result = await memMachine.SearchAsync("What can Alice eat?", "support", new MemMachineSearchOptions { TopK = 5 });
        return [.. result.LongTermEpisodes.Select(e => e.Content)];
    }

    private static int Figure(Match row, string group) =>
        int.Parse(row.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MemoryClients.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("MemoryClients.sln not found above the test output.");
    }

    // | recall@5 (60 pairs) | Mem0 | MemMachine | then | lexical | a/60 | b/60 | and | embeddings ... | c/60 | d/60 |
    [GeneratedRegex(@"recall@5 \((?<pairs>\d+) pairs\).*?\n.*?\n\| lexical[^|]*\| (?<lexMem0>\d+)/\d+[^|]*\| (?<lexMm>\d+)/\d+[^|]*\|\s*\n\| embeddings[^|]*\| (?<embMem0>\d+)/\d+[^|]*\| (?<embMm>\d+)/\d+[^|]*\|", RegexOptions.Singleline)]
    private static partial Regex RecallRow();
}
