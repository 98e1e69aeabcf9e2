using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using MemoryClients.Filters;

namespace MemoryClients.Benchmarks;

/// <summary>Writing a typical filter (scope, a category or metadata condition, a date bound) in each service's language.</summary>
[Config(typeof(BenchmarkConfig))]
public class FilterBenchmarks
{
    private static readonly DateTimeOffset Since = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly MemoryFilter _mem0Filter =
        MemoryFilter.ForScope(MemoryScope.ForUser("alice")) & MemoryFilter.Categories.Contains("food") & MemoryFilter.CreatedAt.GreaterThan(Since);

    private readonly MemoryFilter _memMachineFilter =
        MemoryFilter.ForScope(MemoryScope.ForUser("alice")) & MemoryFilter.Metadata("topic").Is("food") & MemoryFilter.CreatedAt.GreaterThan(Since);

    [Benchmark(Baseline = true), BenchmarkCategory("Mem0Filter")]
    public JsonObject Mem0Filter_HandWritten() => new()
    {
        ["AND"] = new JsonArray(
            new JsonObject { ["user_id"] = "alice" },
            new JsonObject { ["categories"] = new JsonObject { ["contains"] = "food" } },
            new JsonObject { ["created_at"] = new JsonObject { ["gt"] = "2026-01-01T00:00:00+00:00" } }),
    };

    [Benchmark, BenchmarkCategory("Mem0Filter")]
    public JsonObject Mem0Filter_ToMem0Filter() => _mem0Filter.ToMem0Filter();

    [Benchmark, BenchmarkCategory("Mem0Filter")]
    public string Mem0Filter_BuildAndSerialise() =>
        (MemoryFilter.ForScope(MemoryScope.ForUser("alice")) & MemoryFilter.Categories.Contains("food") & MemoryFilter.CreatedAt.GreaterThan(Since))
            .ToMem0Filter().ToJsonString();

    [Benchmark(Baseline = true), BenchmarkCategory("MemMachineFilter")]
    public string MemMachineFilter_HandWritten() => "metadata.user_id='alice' AND metadata.topic='food' AND created_at>'2026-01-01T00:00:00+00:00'";

    [Benchmark, BenchmarkCategory("MemMachineFilter")]
    public string MemMachineFilter_ToMemMachineFilter() => _memMachineFilter.ToMemMachineFilter();
}
