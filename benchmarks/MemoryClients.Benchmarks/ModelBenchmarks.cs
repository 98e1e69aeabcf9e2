using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine.Api;
using MemoryClients.Mem0;
using MemoryClients.MemMachine;

namespace MemoryClients.Benchmarks;

/// <summary>
/// Parsing alone, no transport: the SDK's response models (with the options its clients read with) against the raw
/// baseline's five-field records, and the two ways to hold a free-form <c>metadata</c> object, read and unread.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ModelBenchmarks
{
    private static readonly Uri Root = new("http://127.0.0.1:1/");
    private static readonly JsonSerializerOptions Mem0 = Mem0Backend.Profile.Json;
    private static readonly JsonSerializerOptions MemMachine = MemMachineBackend.Profile.Json;
    private readonly byte[] _search = CannedResponses.Search;
    private readonly byte[] _page = CannedResponses.Mem0Page(200, 1000, Root);
    private readonly byte[] _episodes = CannedResponses.EpisodePage(100);
    private readonly byte[] _metadata = Encoding.UTF8.GetBytes(
        "[" + string.Join(',', Enumerable.Range(0, 10).Select(i => $$$"""{"metadata":{"source":"chat","topic":"food","confidence":0.{{{i}}}}}""")) + "]");

    [Benchmark(Baseline = true), BenchmarkCategory("ParseSearch")]
    public RawSearchResponse? ParseSearch_Raw() => JsonSerializer.Deserialize(_search, RawJsonContext.Default.RawSearchResponse);

    [Benchmark, BenchmarkCategory("ParseSearch")]
    public Mem0SearchMemoriesResponse? ParseSearch_Sdk() => JsonSerializer.Deserialize(_search, TypeInfo<Mem0SearchMemoriesResponse>(Mem0));

    [Benchmark(Baseline = true), BenchmarkCategory("ParsePage200")]
    public RawPage? ParsePage200_Raw() => JsonSerializer.Deserialize(_page, RawJsonContext.Default.RawPage);

    [Benchmark, BenchmarkCategory("ParsePage200")]
    public Mem0PagedResponse<Mem0Memory>? ParsePage200_Sdk() => JsonSerializer.Deserialize(_page, TypeInfo<Mem0PagedResponse<Mem0Memory>>(Mem0));

    [Benchmark(Baseline = true), BenchmarkCategory("ParseEpisodes100")]
    public RawEpisodePage? ParseEpisodes100_Raw() => JsonSerializer.Deserialize(_episodes, RawJsonContext.Default.RawEpisodePage);

    [Benchmark, BenchmarkCategory("ParseEpisodes100")]
    public MemMachineListMemoriesResponse? ParseEpisodes100_Sdk() => JsonSerializer.Deserialize(_episodes, TypeInfo<MemMachineListMemoriesResponse>(MemMachine));

    // Ten metadata objects as a search returns them, parsed into each representation, then one value read from each.

    [Benchmark(Baseline = true), BenchmarkCategory("Metadata")]
    public List<ElementHolder>? Metadata_JsonElement() => JsonSerializer.Deserialize(_metadata, MetadataJsonContext.Default.ListElementHolder);

    [Benchmark, BenchmarkCategory("Metadata")]
    public List<ObjectHolder>? Metadata_JsonObject() => JsonSerializer.Deserialize(_metadata, MetadataJsonContext.Default.ListObjectHolder);

    [Benchmark, BenchmarkCategory("Metadata")]
    public int Metadata_JsonElementRead() =>
        JsonSerializer.Deserialize(_metadata, MetadataJsonContext.Default.ListElementHolder)!.Sum(h => h.Metadata!.Value.GetProperty("topic").GetString()!.Length);

    [Benchmark, BenchmarkCategory("Metadata")]
    public int Metadata_JsonObjectRead() =>
        JsonSerializer.Deserialize(_metadata, MetadataJsonContext.Default.ListObjectHolder)!.Sum(h => h.Metadata!["topic"]!.GetValue<string>().Length);

    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}

/// <summary>Metadata held as an immutable <see cref="JsonElement"/>.</summary>
public sealed class ElementHolder
{
    /// <summary>The metadata.</summary>
    public JsonElement? Metadata { get; set; }
}

/// <summary>Metadata held as a mutable <see cref="JsonObject"/>.</summary>
public sealed class ObjectHolder
{
    /// <summary>The metadata.</summary>
    public JsonObject? Metadata { get; set; }
}

/// <summary>Source-generated serialisation for the metadata comparison.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(List<ElementHolder>))]
[JsonSerializable(typeof(List<ObjectHolder>))]
public sealed partial class MetadataJsonContext : JsonSerializerContext;
