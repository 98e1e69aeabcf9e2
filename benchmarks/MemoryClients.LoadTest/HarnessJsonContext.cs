using System.Text.Json.Serialization;

namespace MemoryClients.LoadTest;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(List<Measurement>))]
[JsonSerializable(typeof(List<Median>))]
[JsonSerializable(typeof(List<Ratio>))]
internal sealed partial class HarnessJsonContext : JsonSerializerContext;
