using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using MemoryClients.Benchmarks;
using MemoryClients.Mem0;

namespace MemoryClients.LoadTest;

/// <summary>The work done in child processes, where start-up time, working set and collections belong to one contender only.</summary>
internal static class Children
{
    public const string ColdArgument = "--cold";
    public const string WalkArgument = "--walk";
    public const string ProfileArgument = "--profile-search";
    private const string Query = "What does alice like to eat?";

    /// <summary>Cold start: one search, then "ok".</summary>
    public static async Task<int> ColdAsync(string contender, Uri root)
    {
        // MEMORYCLIENTS_JIT_REPORT=1: count what the JIT compiled by namespace; =all: also list every method
        // (the listener itself adds a little to start-up).
        var report = Environment.GetEnvironmentVariable("MEMORYCLIENTS_JIT_REPORT");
        using var jit = report is "1" or "all" ? new JitSampler() : null;
        if (contender == "sdk")
            await ColdSdkAsync(root);
        else
            await ColdRawAsync(root);
        Console.WriteLine("ok");
        // What start-up cost: assemblies loaded and methods compiled before the first search completed.
        Console.Error.WriteLine(FormattableString.Invariant(
            $"{contender}: {AppDomain.CurrentDomain.GetAssemblies().Length} assemblies, {System.Runtime.JitInfo.GetCompiledMethodCount()} methods jitted, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms jitting"));
        foreach (var (name, methods) in jit?.Top(15) ?? [])
            Console.Error.WriteLine(FormattableString.Invariant($"  {methods,5} {name}"));
        if (report == "all")
        {
            foreach (var method in jit!.Methods)
                Console.Error.WriteLine("    " + method);
        }
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task ColdSdkAsync(Uri root)
    {
        using var client = SdkClients.Mem0(root);
        var results = await client.SearchAsync(Query, MemoryScope.ForUser(CannedResponses.UserId), null, default);
        if (results.Count == 0)
            throw new InvalidOperationException("Empty search.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task ColdRawAsync(Uri root)
    {
        using var client = new RawClient(root);
        var results = await client.SearchAsync(Query, CannedResponses.UserId, default);
        if (results.Count == 0)
            throw new InvalidOperationException("Empty search.");
    }

    /// <summary>Walks every memory of a scenario root with 200-item pages and prints what it cost, as key=value pairs.</summary>
    public static async Task<int> WalkAsync(string contender, Uri scenarioRoot, string prefetch)
    {
        using var process = Process.GetCurrentProcess();
        var scope = MemoryScope.ForUser(CannedResponses.UserId);
        using var raw = new RawClient(scenarioRoot);
        using var sdk = SdkClients.Mem0(scenarioRoot);
        using var unified = SdkClients.Unified(MemoryProvider.Mem0, scenarioRoot);
        // One page first, so connection set-up and JIT are not part of the walk.
        await raw.ListPageAsync(scenarioRoot, CannedResponses.UserId, 1, 200, default);
        await sdk.ListPageAsync(scope, "page=1", new Mem0ListOptions { PageSize = 200 }, default);
        await foreach (var _ in unified.ListAsync(scope, new MemoryListOptions { PageSize = 200 }, default).WithPrefetch(false).AsPages())
            break;
        // A live heap like an application's: with a near-empty heap the collector's budgets are so small that every
        // collection becomes a gen-2 one, whoever allocates.
        var ballast = Ballast(BallastMegabytes);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var startWorkingSet = process.WorkingSet64;
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        long items = 0;
        switch (contender)
        {
            case "raw":
                for (var page = 1; ; page++)
                {
                    var body = await raw.ListPageAsync(scenarioRoot, CannedResponses.UserId, page, 200, default);
                    items += body.Results.Count;
                    if (body.Next is null || body.Results.Count == 0)
                        break;
                }
                break;
            case "sdk":
                await foreach (var memory in Pageables.Configure(sdk.ListAsync(scope, new Mem0ListOptions { PageSize = 200 }, default), prefetch))
                    items += memory.Id.Length > 0 ? 1 : 0;
                break;
            default:
                await foreach (var record in Pageables.Configure(unified.ListAsync(scope, new MemoryListOptions { PageSize = 200 }, default), prefetch))
                    items += record.Id.Length > 0 ? 1 : 0;
                break;
        }
        clock.Stop();
        process.Refresh();
        Console.WriteLine(string.Join(' ',
            Pair("items", items),
            Pair("ms", clock.Elapsed.TotalMilliseconds),
            Pair("start_working_set", startWorkingSet),
            Pair("peak_working_set", process.PeakWorkingSet64),
            Pair("gen0", GC.CollectionCount(0) - gen0),
            Pair("gen1", GC.CollectionCount(1) - gen1),
            Pair("gen2", GC.CollectionCount(2) - gen2),
            Pair("allocated", GC.GetTotalAllocatedBytes() - allocated)));
        GC.KeepAlive(ballast);
        return 0;
    }

    /// <summary>
    /// Searches at a given concurrency for a bounded time, sampling allocations by type; meant to run under
    /// <c>dotnet-trace collect</c> for the CPU side. Prints operations per second, bytes per operation and the top types.
    /// </summary>
    public static async Task<int> ProfileSearchAsync(string contender, Uri root, int concurrency, double seconds)
    {
        using var raw = new RawClient(root);
        using var sdk = SdkClients.Mem0(root);
        using var unified = SdkClients.Unified(MemoryProvider.Mem0, root);
        using var ladder = new Ladder(root);
        var scope = MemoryScope.ForUser(CannedResponses.UserId);
        RawMessage[] rawMessages = [new("user", "I moved to Lisbon last month.")];
        MemoryClients.Mem0.Api.Mem0Message[] messages = [new("user", "I moved to Lisbon last month.")];
        Func<Task> search = contender switch
        {
            "raw" => () => raw.SearchAsync(Query, CannedResponses.UserId, default),
            "sdk" => () => sdk.SearchAsync(Query, scope, null, default),
            "unified" => () => unified.SearchAsync(Query, scope, null, default),
            "raw-get" => () => raw.GetAsync(CannedResponses.MemoryId, default),
            "sdk-get" => () => sdk.GetAsync(CannedResponses.MemoryId, default),
            "raw-add" => () => raw.AddAsync(rawMessages, CannedResponses.UserId, default),
            "sdk-add" => () => sdk.AddAsync(messages, scope, null, default),
            _ when contender.StartsWith("ladder:", StringComparison.Ordinal) =>
                LadderCall(ladder, contender["ladder:".Length..], Mem0RequestBuilder.Add(messages, scope, null)),
            _ => throw new ArgumentException($"Unknown contender '{contender}'.", nameof(contender)),
        };
        using var sampler = new AllocationSampler();
        await LoopAsync(search, concurrency, TimeSpan.FromSeconds(Math.Min(seconds, 3)));
        sampler.Start();
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var operations = await LoopAsync(search, concurrency, TimeSpan.FromSeconds(seconds));
        clock.Stop();
        sampler.Stop();
        var bytes = GC.GetTotalAllocatedBytes() - allocated;
        Console.WriteLine(FormattableString.Invariant($"{contender} c={concurrency}: {operations / clock.Elapsed.TotalSeconds:F0} ops/s, {bytes / (double)operations:F0} B/op"));
        var sampled = (double)sampler.Total;
        foreach (var (type, typeBytes) in sampler.Top(25))
            Console.WriteLine(FormattableString.Invariant($"  {typeBytes / sampled * bytes / operations,8:F0} B/op  {typeBytes / sampled,6:P1}  {type}"));
        return 0;
    }

    /// <summary>
    /// A call through one rung of the <see cref="Ladder"/> (<c>refit</c>, <c>+decompression</c>, <c>+socket</c>, <c>+auth</c>,
    /// <c>+resilience</c> or <c>+telemetry</c>): a get, or an add when the rung's name ends with <c>:add</c>.
    /// </summary>
    private static Func<Task> LadderCall(Ladder ladder, string rung, MemoryClients.Mem0.Api.Mem0AddMemoriesRequest add)
    {
        var name = rung.EndsWith(":add", StringComparison.Ordinal) ? rung[..^4] : rung;
        var (_, v1, v3) = ladder.Rungs.FirstOrDefault(r => r.Name == name);
        if (v1 is null)
            throw new ArgumentException($"Unknown rung '{rung}'.", nameof(rung));
        return name == rung ? () => v1.GetMemoryAsync(CannedResponses.MemoryId) : () => v3.AddMemoriesAsync(add);
    }

    private static async Task<long> LoopAsync(Func<Task> operation, int concurrency, TimeSpan duration)
    {
        long operations = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Read(ref operations) < 5_000_000)
            {
                await operation();
                Interlocked.Increment(ref operations);
            }
        })));
        return operations;
    }

    /// <summary>The live data each walk process holds, in MiB.</summary>
    public const int BallastMegabytes = 64;

    private static byte[][] Ballast(int megabytes)
    {
        var blocks = new byte[megabytes * 1024][];
        for (var i = 0; i < blocks.Length; i++)
            blocks[i] = new byte[1000];
        return blocks;
    }

    private static string Pair(string key, double value) => key + "=" + value.ToString("R", CultureInfo.InvariantCulture);
}
