using BenchmarkDotNet.Running;
using MemoryClients.Benchmarks;

// dotnet run -c Release --project benchmarks/MemoryClients.Benchmarks -- --filter '*'
if (args is [ServerProcess.ServeArgument])
    return await ServerProcess.ServeAsync();

BenchmarkSwitcher.FromAssembly(typeof(OperationBenchmarks).Assembly).Run(args);
return 0;
