// The README's quick starts, run against the in-process emulator from the MemoryClients.Emulator package.
using MemoryClients;
using MemoryClients.Emulator;
using MemoryClients.Filters;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;

await using var emulator = await MemoryEmulator.StartAsync();
var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    if (!ok) failures.Add(what);
}

// Quick start: Mem0
using (var mem0 = new Mem0Client(new Mem0ClientOptions { ApiKey = "m0-test", BaseAddress = emulator.Mem0BaseAddress }))
{
    var alice = MemoryScope.ForUser("alice");
    await mem0.AddAsync([Mem0Message.User("I'm vegetarian and allergic to peanuts.")], alice, new Mem0AddOptions { Infer = false });
    var hits = await mem0.SearchAsync("What is Alice allergic to?", alice, new Mem0SearchOptions { TopK = 5 });
    foreach (var hit in hits) Console.WriteLine($"     {hit.Score:0.00} {hit.Memory}");
    Check(hits.Any(h => h.Memory == "I'm vegetarian and allergic to peanuts."), "Mem0 search finds the added memory");
    var listed = new List<string>();
    await foreach (var memory in mem0.ListAsync(MemoryFilter.UserId.Is("alice") & MemoryFilter.Categories.Contains("food")))
        listed.Add(memory.Memory);
    Check(listed.Count == 1, "Mem0 list with a category filter walks every page");
}

// Quick start: MemMachine
using (var memMachine = new MemMachineClient(new MemMachineClientOptions { ApiKey = "mm-test", BaseAddress = emulator.MemMachineBaseAddress }))
{
    await memMachine.GetOrCreateProjectAsync("support");
    await memMachine.AddAsync([new MemMachineMessage { Content = "I'm vegetarian.", Producer = "alice", Role = "user" }], "support");
    var result = await memMachine.SearchAsync("What can Alice eat?", "support", new MemMachineSearchOptions { TopK = 5 });
    foreach (var episode in result.LongTermEpisodes) Console.WriteLine($"     {episode.Content}");
    var uids = new List<string>();
    await foreach (var episode in memMachine.ListEpisodicAsync("support")) uids.Add(episode.Uid);
    Check(uids.Count == 1, "MemMachine list returns the added episode");
}

// One client for both
using (var memory = new AsyncMemoryClient(new MemoryClientOptions { Provider = MemoryProvider.Mem0, ApiKey = "m0-test", BaseAddress = emulator.Mem0BaseAddress }))
{
    var bob = MemoryScope.ForUser("bob");
    await memory.AddAsync([MemoryMessage.User("I collect vinyl records.")], bob, new MemoryAddOptions { Infer = false });
    var hits = await memory.SearchAsync("vinyl", bob, new MemorySearchOptions { TopK = 5 });
    Check(hits.FirstOrDefault()?.Text == "I collect vinyl records.", "IMemoryClient search finds the added memory");
}

Check(emulator.RequestLog.Count > 0, "the emulator logged the requests");
Console.WriteLine(failures.Count == 0 ? "Package consumer: all checks passed." : $"Package consumer: {failures.Count} check(s) failed.");
return failures.Count == 0 ? 0 : 1;
