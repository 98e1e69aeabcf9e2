// The README's main command: a realistic memory flow on Mem0 and on MemMachine.
// With no keys it runs offline against the embedded emulator; with MEM0_API_KEY and/or MEMMACHINE_API_KEY set,
// the same flow runs against the real service(s), with ids unique to this run, and cleans up after itself.
using MemoryClients;
using MemoryClients.Emulator;
using MemoryClients.Filters;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;

using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
var ct = cts.Token;

var mem0Key = Environment.GetEnvironmentVariable(Mem0ClientOptions.ApiKeyVariable);
var memMachineKey = Environment.GetEnvironmentVariable(MemMachineClientOptions.ApiKeyVariable);
var live = !string.IsNullOrWhiteSpace(mem0Key) || !string.IsNullOrWhiteSpace(memMachineKey);

// Offline, both services come from one in-process emulator on 127.0.0.1 and a free port.
await using var emulator = live ? null : await MemoryEmulator.StartAsync(cancellationToken: ct);
var runId = live ? Guid.NewGuid().ToString("N")[..8] : "demo";
Console.WriteLine(emulator is null
    ? $"Running against the real services (run {runId})."
    : $"No API keys set: running offline against the embedded emulator at {emulator.BaseAddress}");

if (emulator is not null || !string.IsNullOrWhiteSpace(mem0Key))
    await Mem0FlowAsync();
if (emulator is not null || !string.IsNullOrWhiteSpace(memMachineKey))
    await MemMachineFlowAsync();
Console.WriteLine();
Console.WriteLine("Done.");
return 0;

async Task Mem0FlowAsync()
{
    Section("Mem0");
    using var mem0 = new Mem0Client(new Mem0ClientOptions
    {
        ApiKey = emulator is null ? null : "emulator-key",   // null: read MEM0_API_KEY
        BaseAddress = emulator?.Mem0BaseAddress,             // null: https://api.mem0.ai/
        ApplicationId = "quickstart",
    });
    var userId = $"alice-{runId}";
    var scope = MemoryScope.ForUser(userId);

    // 1. Store two facts as written (infer = false is synchronous and returns the new memories).
    var verbatim = await mem0.AddAsync(
        [Mem0Message.User("I'm vegetarian and allergic to peanuts."), Mem0Message.User("I drink green tea every morning.")],
        scope, new Mem0AddOptions { Infer = false, Metadata = new() { ["source"] = "onboarding" } }, ct);
    foreach (var result in verbatim.Results ?? [])
        Console.WriteLine($"  stored   {result.Id}  \"{result.Data?.Memory}\"");

    // 2. Let the service extract facts from a conversation; that runs in the background, so wait for the event.
    var inferred = await mem0.AddAsync(
        [Mem0Message.User("I live in Lisbon. I'm planning a trip to Kyoto in April."), Mem0Message.Assistant("Lovely, April is cherry blossom season.")],
        scope, cancellationToken: ct);
    Console.WriteLine($"  queued   event {inferred.EventId} ({inferred.Status})");
    var finished = await mem0.Events.WaitForCompletionAsync(inferred.EventId!, TimeSpan.FromSeconds(1), ct);
    Console.WriteLine($"  finished event {finished.Id} ({finished.Status})");

    // 3. Search.
    var hits = await mem0.SearchAsync("Which foods is Alice allergic to?", scope, new Mem0SearchOptions { TopK = 3 }, ct);
    foreach (var hit in hits)
        Console.WriteLine($"  hit      {hit.Score:0.00}  \"{hit.Memory}\"");

    // 4. List every page (two memories a page) with a typed filter; pages are fetched as the loop needs them.
    var filter = MemoryFilter.UserId.Is(userId) & MemoryFilter.CreatedAt.GreaterThanOrEqual(DateTimeOffset.UtcNow.AddDays(-1));
    var pages = 0;
    var all = new List<Mem0Memory>();
    await foreach (var page in mem0.ListAsync(filter, new Mem0ListOptions { PageSize = 2 }, ct).AsPages(cancellationToken: ct))
    {
        pages++;
        all.AddRange(page.Items);
    }
    Console.WriteLine($"  listed   {all.Count} memories over {pages} pages");

    // 5. Update one memory, read its history, then delete it.
    var first = all.First(m => m.Memory?.Contains("tea", StringComparison.OrdinalIgnoreCase) == true);
    await mem0.UpdateAsync(first.Id, new Mem0UpdateOptions { Text = "I drink matcha every morning." }, ct);
    foreach (var entry in await mem0.HistoryAsync(first.Id, ct))
        Console.WriteLine($"  history  {entry.Event,-6} \"{entry.OldMemory}\" -> \"{entry.NewMemory}\"");
    var deleted = await mem0.DeleteAsync(first.Id, cancellationToken: ct);
    Console.WriteLine($"  deleted  {first.Id}: {deleted.Message}");

    // 6. Clean up everything of this user.
    var cleanup = await mem0.DeleteAllAsync(scope, cancellationToken: ct);
    Console.WriteLine($"  cleanup  {cleanup.Message}");
}

async Task MemMachineFlowAsync()
{
    Section("MemMachine");
    using var memMachine = new MemMachineClient(new MemMachineClientOptions
    {
        ApiKey = emulator is null ? null : "emulator-key",   // null: read MEMMACHINE_API_KEY
        BaseAddress = emulator?.MemMachineBaseAddress,       // null: https://api.memmachine.ai/v2/
        ApplicationId = "quickstart",
    });
    var projectId = $"quickstart-{runId}";
    var userId = $"alice-{runId}";

    // 1. A project to hold the memories.
    var project = await memMachine.GetOrCreateProjectAsync(projectId, cancellationToken: ct);
    Console.WriteLine($"  project  {project.ProjectId}");

    // 2. Add a short conversation; user ids travel as metadata, as the official clients do.
    var metadata = new Dictionary<string, string> { ["user_id"] = userId };
    var added = await memMachine.AddAsync(
    [
        new MemMachineMessage { Content = "I'm vegetarian and allergic to peanuts.", Producer = userId, Role = "user", Metadata = metadata },
        new MemMachineMessage { Content = "Noted: no peanuts, no meat.", Producer = "concierge", ProducedFor = userId, Role = "assistant", Metadata = metadata },
        new MemMachineMessage { Content = "I'm planning a trip to Kyoto in April.", Producer = userId, Role = "user", Metadata = metadata },
    ], projectId, cancellationToken: ct);
    Console.WriteLine($"  added    {added.Count} episodes");

    // 3. Search within this user's memories (the scope becomes the filter metadata.user_id='...').
    var result = await memMachine.SearchAsync("What is Alice allergic to?", projectId,
        new MemMachineSearchOptions { TopK = 3, Filter = MemoryFilter.ForScope(MemoryScope.ForUser(userId)) }, ct);
    foreach (var episode in result.LongTermEpisodes)
        Console.WriteLine($"  hit      {episode.Score:0.00}  \"{episode.Content}\"");
    foreach (var episode in result.ShortTermEpisodes)
        Console.WriteLine($"  recent   \"{episode.Content}\"");

    // 4. List every episode, two a page.
    var episodes = new List<MemMachineEpisode>();
    await foreach (var episode in memMachine.ListEpisodicAsync(projectId, new MemMachineListOptions { PageSize = 2 }, ct))
        episodes.Add(episode);
    Console.WriteLine($"  listed   {episodes.Count} episodes");

    // 5. Delete them, then the project.
    await memMachine.DeleteEpisodicAsync(episodes.Select(e => e.Uid), projectId, ct);
    Console.WriteLine($"  deleted  {episodes.Count} episodes; {await memMachine.GetEpisodeCountAsync(projectId, ct)} left");
    await memMachine.DeleteProjectAsync(projectId, ct);
    Console.WriteLine($"  deleted  project {projectId}");
}

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine($"== {title}");
}
