using System.Text.Json.Serialization;

namespace MemoryClients.ContractTests.Mem0;

/// <summary>An application's own metadata type, sent through <see cref="ContractMetadataJsonContext"/>.</summary>
internal sealed record MorningTea(string Drink, int CupsPerDay, IReadOnlyList<string> Occasions);

/// <summary>The application's source-generated JSON context, snake_case as the application chose.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(MorningTea))]
internal sealed partial class ContractMetadataJsonContext : JsonSerializerContext;
