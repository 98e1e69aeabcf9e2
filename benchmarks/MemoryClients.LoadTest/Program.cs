using System.Globalization;
using MemoryClients.Benchmarks;
using MemoryClients.LoadTest;

// dotnet run -c Release --project benchmarks/MemoryClients.LoadTest -- [--runs 5] [--seconds 2] [--label name]
//   [--scenarios sequential,throughput,walk,latency,cold,ladder] [--peer benchmarks/peer/peer.mjs]
// Profiling helper (the server must already run):
//   --profile-search raw|sdk|unified|raw-get|sdk-get|raw-add|sdk-add|ladder:<rung> <root> <concurrency> <seconds>
// (ladder:<rung> gets one memory through a rung of Ladder, ladder:<rung>:add adds; rungs: refit, +decompression,
// +socket, +auth, +resilience, +telemetry)
switch (args)
{
    case [ServerProcess.ServeArgument]:
        return await ServerProcess.ServeAsync();
    case [Children.ColdArgument, var contender, var root]:
        return await Children.ColdAsync(contender, new Uri(root));
    case [Children.WalkArgument, var contender, var root, var prefetch]:
        return await Children.WalkAsync(contender, new Uri(root), prefetch);
    case [Children.ProfileArgument, var contender, var root, var concurrency, var seconds]:
        return await Children.ProfileSearchAsync(contender, new Uri(root), int.Parse(concurrency, CultureInfo.InvariantCulture),
            double.Parse(seconds, CultureInfo.InvariantCulture));
}

var options = HarnessOptions.Parse(args);
await using var server = await ServerProcess.StartAsync();
Console.WriteLine($"Server at {server.BaseAddress}; {options.Runs} runs of {options.Seconds} s; results in {options.ResultsDirectory}");
await new Harness(options, server).RunAsync();
return 0;
