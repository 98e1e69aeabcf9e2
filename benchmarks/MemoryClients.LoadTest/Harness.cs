using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Benchmarks;
using MemoryClients.Mem0;

namespace MemoryClients.LoadTest;

/// <summary>
/// Runs every scenario against one loopback server, contenders interleaved run by run (the order rotates), and writes
/// each measurement plus medians and same-run ratios under <c>benchmarks/results/</c>.
/// </summary>
internal sealed class Harness(HarnessOptions options, ServerProcess server)
{
    private const string Query = "What does alice like to eat?";
    private const string Said = "I moved to Lisbon last month and I am looking for a climbing gym.";
    // The conversation every add sends, as raw and as the SDK write it.
    private static readonly RawMessage[] RawMessages = [new("user", Said)];
    private static readonly MemoryClients.Mem0.Api.Mem0Message[] Messages = [new("user", Said)];
    private const int MaxOperationsPerMeasurement = 2_000_000;
    private static readonly MemoryScope Scope = MemoryScope.ForUser(CannedResponses.UserId);
    private readonly List<Measurement> _measurements = [];

    public async Task RunAsync()
    {
        var loadBefore = LoadAverage();
        var started = DateTimeOffset.UtcNow;
        if (options.Scenarios.Contains("sequential"))
            await SequentialAsync();
        if (options.Scenarios.Contains("ladder"))
            await LadderAsync();
        if (options.Scenarios.Contains("throughput"))
            await ThroughputAsync();
        if (options.Scenarios.Contains("walk"))
            await WalkAsync();
        if (options.Scenarios.Contains("latency"))
            await LatencyAsync();
        if (options.Scenarios.Contains("cold"))
            await ColdStartAsync();
        if (options.PeerScript is not null)
            await PeerAsync(options.PeerScript);
        Write(started, loadBefore, LoadAverage());
    }

    // ---- search, add and get one call after another: time and allocations per call, raw and SDK interleaved ----

    private async Task SequentialAsync()
    {
        using var raw = new RawClient(server.BaseAddress);
        using var sdk = SdkClients.Mem0(server.BaseAddress);
        var operations = new (string Operation, (string Name, Func<Task> Call)[] Contenders)[]
        {
            ("search", [
                ("raw", () => raw.SearchAsync(Query, CannedResponses.UserId, default)),
                ("sdk", () => sdk.SearchAsync(Query, Scope, null, default))]),
            ("add", [
                ("raw", () => raw.AddAsync(RawMessages, CannedResponses.UserId, default)),
                ("sdk", () => sdk.AddAsync(Messages, Scope, null, default))]),
            ("get", [
                ("raw", () => raw.GetAsync(CannedResponses.MemoryId, default)),
                ("sdk", () => sdk.GetAsync(CannedResponses.MemoryId, default))]),
        };
        await InterleaveAsync("sequential", operations);
    }

    // ---- the same calls one after another with the SDK's layers added one at a time (Ladder) ----

    private async Task LadderAsync()
    {
        using var raw = new RawClient(server.BaseAddress);
        using var ladder = new Ladder(server.BaseAddress);
        var addRequest = Mem0RequestBuilder.Add(Messages, Scope, null);
        var request = new MemoryClients.Mem0.Api.Mem0SearchMemoriesRequest
        {
            Query = Query,
            Filters = new JsonObject { ["user_id"] = CannedResponses.UserId },
        };
        var operations = new (string Operation, (string Name, Func<Task> Call)[] Contenders)[]
        {
            ("get", [
                ("raw", () => raw.GetAsync(CannedResponses.MemoryId, default)),
                .. ladder.Rungs.Select(r => (r.Name, (Func<Task>)(() => r.V1.GetMemoryAsync(CannedResponses.MemoryId)))),
                ("+provider", () => ladder.Provider.GetAsync(CannedResponses.MemoryId, default))]),
            ("search", [
                ("raw", () => raw.SearchAsync(Query, CannedResponses.UserId, default)),
                .. ladder.Rungs.Select(r => (r.Name, (Func<Task>)(() => r.V3.SearchMemoriesAsync(request)))),
                ("+provider", () => ladder.Provider.SearchAsync(Query, Scope, null, default))]),
            ("add", [
                ("raw", () => raw.AddAsync(RawMessages, CannedResponses.UserId, default)),
                .. ladder.Rungs.Select(r => (r.Name, (Func<Task>)(() => r.V3.AddMemoriesAsync(addRequest)))),
                ("+provider", () => ladder.Provider.AddAsync(Messages, Scope, null, default))]),
        };
        await InterleaveAsync("ladder", operations);

        // Throughput needs each rung on its own: 64 callers searching, the rungs in rotating order, each after a short warm-up.
        var search = operations.Single(o => o.Operation == "search").Contenders;
        for (var run = 1; run <= options.Runs; run++)
        {
            foreach (var (name, call) in Rotate(search, run))
            {
                await MeasureThroughputAsync(call, 64, TimeSpan.FromSeconds(0.5));
                var (opsPerSecond, _) = await MeasureThroughputAsync(call, 64, TimeSpan.FromSeconds(options.Seconds));
                Add("ladder", "search c=64", name, run, "ops_per_s", opsPerSecond);
            }
            Log($"ladder: throughput run {run} of {options.Runs} done");
        }
    }

    /// <summary>
    /// Times each operation's contenders one call at a time, every contender in turn (the first one rotating by run), so
    /// that a change in the machine's speed or load falls on all of them alike. Measured for 2 s on end each instead, a get's
    /// ratio to raw ranged from 1.07 to 1.35 over nine runs on this machine; call by call, from 1.11 to 1.14. Allocations
    /// are measured per contender, briefly, on their own: the runtime counts them per process, not per call, and they do
    /// not vary.
    /// </summary>
    private async Task InterleaveAsync(string scenario, (string Operation, (string Name, Func<Task> Call)[] Contenders)[] operations)
    {
        Log($"{scenario}: warming up each contender for {options.WarmupSeconds / 2.0} s");
        foreach (var (_, contenders) in operations)
        {
            foreach (var (_, call) in contenders)
                await MeasureThroughputAsync(call, 1, TimeSpan.FromSeconds(options.WarmupSeconds / 2.0));
        }
        for (var run = 1; run <= options.Runs; run++)
        {
            foreach (var (operation, contenders) in operations)
            {
                var elapsed = new long[contenders.Length];
                var rounds = 0;
                var deadline = Stopwatch.GetTimestamp() + (long)(options.Seconds * contenders.Length * Stopwatch.Frequency);
                while (Stopwatch.GetTimestamp() < deadline && rounds < MaxOperationsPerMeasurement)
                {
                    for (var turn = 0; turn < contenders.Length; turn++)
                    {
                        var i = (turn + run) % contenders.Length;
                        var start = Stopwatch.GetTimestamp();
                        await contenders[i].Call();
                        elapsed[i] += Stopwatch.GetTimestamp() - start;
                    }
                    rounds++;
                }
                for (var i = 0; i < contenders.Length; i++)
                {
                    var (_, bytesPerOp) = await MeasureThroughputAsync(contenders[i].Call, 1, TimeSpan.FromSeconds(0.2));
                    var microseconds = elapsed[i] * 1e6 / Stopwatch.Frequency / rounds;
                    Add(scenario, operation, contenders[i].Name, run, "us_per_op", microseconds);
                    Add(scenario, operation, contenders[i].Name, run, "bytes_per_op", bytesPerOp);
                    Log($"{scenario} {operation} run {run} {contenders[i].Name}: {microseconds:F1} us, {bytesPerOp / 1024:F1} KB");
                }
            }
        }
    }

    // ---- search throughput at 1, 16 and 64 concurrent callers ----

    private async Task ThroughputAsync()
    {
        using var raw = new RawClient(server.BaseAddress);
        using var sdk = SdkClients.Mem0(server.BaseAddress);
        using var unified = SdkClients.Unified(MemoryProvider.Mem0, server.BaseAddress);
        var contenders = new (string Name, Func<Task> Search)[]
        {
            ("raw", () => raw.SearchAsync(Query, CannedResponses.UserId, default)),
            ("sdk", () => sdk.SearchAsync(Query, Scope, null, default)),
            ("unified", () => unified.SearchAsync(Query, Scope, null, default)),
        };
        Log($"throughput: warming up each contender for {options.WarmupSeconds} s");
        foreach (var (_, search) in contenders)
            await MeasureThroughputAsync(search, 16, TimeSpan.FromSeconds(options.WarmupSeconds));

        foreach (var concurrency in new[] { 1, 16, 64 })
        {
            for (var run = 1; run <= options.Runs; run++)
            {
                foreach (var (name, search) in Rotate(contenders, run))
                {
                    await MeasureThroughputAsync(search, concurrency, TimeSpan.FromSeconds(0.5));
                    var (opsPerSecond, bytesPerOp) = await MeasureThroughputAsync(search, concurrency, TimeSpan.FromSeconds(options.Seconds));
                    Add("search_throughput", $"c={concurrency}", name, run, "ops_per_s", opsPerSecond);
                    Add("search_throughput", $"c={concurrency}", name, run, "bytes_per_op", bytesPerOp);
                    Log($"throughput c={concurrency} run {run} {name}: {opsPerSecond:F0} ops/s, {bytesPerOp / 1024:F1} KB/op");
                }
            }
        }
    }

    private static async Task<(double OpsPerSecond, double BytesPerOp)> MeasureThroughputAsync(Func<Task> operation, int concurrency, TimeSpan duration)
    {
        long operations = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Read(ref operations) < MaxOperationsPerMeasurement)
            {
                await operation();
                Interlocked.Increment(ref operations);
            }
        }));
        await Task.WhenAll(workers);
        clock.Stop();
        var bytes = GC.GetTotalAllocatedBytes() - allocated;
        return (operations / clock.Elapsed.TotalSeconds, operations == 0 ? 0 : (double)bytes / operations);
    }

    // ---- walking 10,000 and 100,000 memories, each walk in its own process ----

    private async Task WalkAsync()
    {
        var contenders = new[] { "raw", "sdk", "unified" };
        foreach (var total in new[] { 10_000, 100_000 })
        {
            var root = server.Scenario(total, 0);
            for (var run = 1; run <= options.Runs; run++)
            {
                foreach (var contender in Rotate(contenders, run))
                {
                    var values = await RunChildAsync(Children.WalkArgument, contender, root.ToString(), "default");
                    var pairs = values.Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
                    if ((int)pairs["items"] != total)
                        throw new InvalidOperationException($"{contender} walked {pairs["items"]} of {total} memories.");
                    foreach (var (metric, value) in pairs.Where(p => p.Key != "items"))
                        Add("walk", $"n={total}", contender, run, metric, value);
                    Log($"walk n={total} run {run} {contender}: {pairs["ms"]:F0} ms, peak {pairs["peak_working_set"] / 1048576:F1} MiB, gen2 {pairs["gen2"]}");
                }
            }
        }
    }

    // ---- 20 ms per page on the server and in the caller, 20 pages ----

    private async Task LatencyAsync()
    {
        const int pages = 20, pageSize = 200, delayMs = 20;
        var root = server.Scenario(pages * pageSize, delayMs);
        using var raw = new RawClient(root);
        using var sdk = SdkClients.Mem0(root);
        var contenders = new List<(string Name, Func<Task<int>> Walk)>
        {
            ("raw", async () =>
            {
                var items = 0;
                for (var page = 1; ; page++)
                {
                    var body = await raw.ListPageAsync(root, CannedResponses.UserId, page, pageSize, default);
                    items += body.Results.Count;
                    await Task.Delay(delayMs);
                    if (body.Next is null)
                        return items;
                }
            }),
        };
        foreach (var prefetch in LatencyPrefetchSettings)
        {
            contenders.Add(($"sdk-{prefetch}", async () =>
            {
                var items = 0;
                await foreach (var page in Pageables.Configure(sdk.ListAsync(Scope, new Mem0ListOptions { PageSize = pageSize }, default), prefetch).AsPages())
                {
                    items += page.Items.Count;
                    await Task.Delay(delayMs);
                }
                return items;
            }));
        }
        foreach (var (_, walk) in contenders)
            await walk();
        for (var run = 1; run <= options.Runs; run++)
        {
            foreach (var (name, walk) in Rotate(contenders, run))
            {
                var clock = Stopwatch.StartNew();
                var items = await walk();
                clock.Stop();
                if (items != pages * pageSize)
                    throw new InvalidOperationException($"{name} walked {items} memories.");
                Add("latency_20ms", $"pages={pages}", name, run, "ms", clock.Elapsed.TotalMilliseconds);
                Log($"latency run {run} {name}: {clock.Elapsed.TotalMilliseconds:F0} ms");
            }
        }
    }

    /// <summary>The SDK's prefetch settings the latency scenario compares.</summary>
    private static readonly string[] LatencyPrefetchSettings = ["default", "off"];

    // ---- process start to first successful search ----

    private async Task ColdStartAsync()
    {
        var contenders = new[] { "raw", "sdk" };
        var runs = Math.Max(options.Runs, 7);
        for (var run = 1; run <= runs; run++)
        {
            foreach (var contender in Rotate(contenders, run))
            {
                var start = ServerProcess.SelfStartInfo(Children.ColdArgument, contender, server.BaseAddress.ToString());
                start.RedirectStandardOutput = true;
                var clock = Stopwatch.StartNew();
                using var process = Process.Start(start)!;
                var line = await process.StandardOutput.ReadLineAsync();
                clock.Stop();
                await process.WaitForExitAsync();
                if (line != "ok" || process.ExitCode != 0)
                    throw new InvalidOperationException($"Cold start of {contender} failed: {line}");
                Add("cold_start", "first_search", contender, run, "ms", clock.Elapsed.TotalMilliseconds);
                Log($"cold start run {run} {contender}: {clock.Elapsed.TotalMilliseconds:F0} ms");
            }
        }
    }

    // ---- the official JavaScript SDK, alternated with ours ----

    private async Task PeerAsync(string script)
    {
        const int walkTotal = 10_000;
        var concurrencies = new[] { 1, 16, 64 };
        using var sdk = SdkClients.Mem0(server.BaseAddress);
        var walkRoot = server.Scenario(walkTotal, 0);
        using var walker = SdkClients.Mem0(walkRoot);
        async Task OursAsync(int run)
        {
            await MeasureThroughputAsync(() => sdk.SearchAsync(Query, Scope, null, default), 16, TimeSpan.FromSeconds(1));
            foreach (var c in concurrencies)
            {
                var (ops, _) = await MeasureThroughputAsync(() => sdk.SearchAsync(Query, Scope, null, default), c, TimeSpan.FromSeconds(options.Seconds));
                Add("peer_search", $"c={c}", "dotnet-sdk", run, "ops_per_s", ops);
            }
            var clock = Stopwatch.StartNew();
            var items = 0;
            await foreach (var memory in walker.ListAsync(Scope, new Mem0ListOptions { PageSize = 200 }, default))
                items += memory.Id.Length > 0 ? 1 : 0;
            Add("peer_walk", $"n={walkTotal}", "dotnet-sdk", run, "ms", clock.Elapsed.TotalMilliseconds);
            Log($"peer run {run} dotnet-sdk: walk {clock.Elapsed.TotalMilliseconds:F0} ms ({items} items)");
        }
        async Task TheirsAsync(int run)
        {
            var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(server.BaseAddress.ToString());
            start.ArgumentList.Add(options.Seconds.ToString(CultureInfo.InvariantCulture));
            start.ArgumentList.Add(walkTotal.ToString(CultureInfo.InvariantCulture));
            start.ArgumentList.Add(string.Join(',', concurrencies));
            start.Environment["MEM0_TELEMETRY"] = "false";
            start.Environment["MEM0_DIR"] = Path.Combine(Path.GetTempPath(), "memoryclients-peer-mem0");
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"The JavaScript SDK run failed (exit {process.ExitCode}).");
            var result = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
            foreach (var c in concurrencies)
                Add("peer_search", $"c={c}", "mem0ai-js", run, "ops_per_s", result["search"]![c.ToString(CultureInfo.InvariantCulture)]!.GetValue<double>());
            Add("peer_walk", $"n={walkTotal}", "mem0ai-js", run, "ms", result["walkMs"]!.GetValue<double>());
            Log($"peer run {run} mem0ai-js: walk {result["walkMs"]!.GetValue<double>():F0} ms ({result["walkItems"]} items)");
        }
        for (var run = 1; run <= options.Runs; run++)
        {
            if (run % 2 == 1)
            {
                await OursAsync(run);
                await TheirsAsync(run);
            }
            else
            {
                await TheirsAsync(run);
                await OursAsync(run);
            }
        }
    }

    // ---- plumbing ----

    private static async Task<string> RunChildAsync(params string[] arguments)
    {
        var start = ServerProcess.SelfStartInfo(arguments);
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Child {string.Join(' ', arguments)} failed with exit code {process.ExitCode}.");
        return output.Trim().Split('\n')[^1];
    }

    private static IEnumerable<T> Rotate<T>(IReadOnlyList<T> items, int run) =>
        Enumerable.Range(0, items.Count).Select(i => items[(i + run) % items.Count]);

    private void Add(string scenario, string parameter, string contender, int run, string metric, double value) =>
        _measurements.Add(new Measurement(scenario, parameter, contender, run, metric, value));

    private static void Log(string message) => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "";

    private static string BaselineOf(string scenario) => scenario.StartsWith("peer_", StringComparison.Ordinal) ? "mem0ai-js" : "raw";

    private void Write(DateTimeOffset started, string loadBefore, string loadAfter)
    {
        var medians = _measurements
            .GroupBy(m => (m.Scenario, m.Parameter, m.Contender, m.Metric))
            .Select(g => new Median(g.Key.Scenario, g.Key.Parameter, g.Key.Contender, g.Key.Metric, MedianOf(g.Select(m => m.Value)), g.Count()))
            .ToList();
        var ratios = new List<Ratio>();
        foreach (var group in _measurements.GroupBy(m => (m.Scenario, m.Parameter, m.Metric)))
        {
            var baseline = BaselineOf(group.Key.Scenario);
            var byRun = group.Where(m => m.Contender == baseline).ToDictionary(m => m.Run, m => m.Value);
            foreach (var contender in group.Where(m => m.Contender != baseline).GroupBy(m => m.Contender))
            {
                var perRun = contender.Where(m => byRun.TryGetValue(m.Run, out var b) && b != 0).Select(m => m.Value / byRun[m.Run]).ToList();
                if (perRun.Count > 0)
                    ratios.Add(new Ratio(group.Key.Scenario, group.Key.Parameter, contender.Key, baseline, group.Key.Metric, MedianOf(perRun), perRun.Count));
            }
        }

        var directory = options.ResultsDirectory;
        Directory.CreateDirectory(directory);
        var machine = new JsonObject
        {
            ["date_utc"] = started.ToString("u", CultureInfo.InvariantCulture),
            ["label"] = options.Label,
            ["processors"] = Environment.ProcessorCount,
            ["os"] = RuntimeInformation.OSDescription,
            ["runtime"] = RuntimeInformation.FrameworkDescription,
            ["gc"] = System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
            ["load_average_before"] = loadBefore,
            ["load_average_after"] = loadAfter,
            ["runs"] = options.Runs,
            ["seconds_per_measurement"] = options.Seconds,
            ["note"] = "Shared machine: other builds may run concurrently; compare contenders within one run (ratios), not across runs.",
        };
        var document = new JsonObject
        {
            ["machine"] = machine,
            ["medians"] = JsonSerializer.SerializeToNode(medians, HarnessJsonContext.Default.ListMedian),
            ["ratios"] = JsonSerializer.SerializeToNode(ratios, HarnessJsonContext.Default.ListRatio),
            ["measurements"] = JsonSerializer.SerializeToNode(_measurements, HarnessJsonContext.Default.ListMeasurement),
        };
        var json = Path.Combine(directory, $"loadtest-{options.Label}.json");
        File.WriteAllText(json, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var csv = new StringBuilder("scenario,parameter,contender,run,metric,value\n");
        foreach (var m in _measurements)
            csv.Append(CultureInfo.InvariantCulture, $"{m.Scenario},{m.Parameter},{m.Contender},{m.Run},{m.Metric},{m.Value:R}\n");
        File.WriteAllText(Path.Combine(directory, $"loadtest-{options.Label}.csv"), csv.ToString());

        Console.WriteLine();
        Console.WriteLine("Medians");
        foreach (var m in medians)
            Console.WriteLine($"  {m.Scenario,-18} {m.Parameter,-12} {m.Contender,-20} {m.Metric,-18} {m.Value,14:F1}");
        Console.WriteLine("Ratios (median of per-run contender / baseline)");
        foreach (var r in ratios)
            Console.WriteLine($"  {r.Scenario,-18} {r.Parameter,-12} {r.Contender,-20} {r.Metric,-18} {r.Value,8:F3} vs {r.Baseline}");
        Console.WriteLine($"Wrote {json}");
    }

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
