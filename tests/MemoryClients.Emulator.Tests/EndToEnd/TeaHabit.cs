using System.Text.Json.Serialization;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>An application's own metadata type.</summary>
internal sealed record TeaHabit(string Drink, int CupsPerDay, IReadOnlyList<string> Occasions);

/// <summary>The application's source-generated JSON context, snake_case as the application chose.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TeaHabit))]
internal sealed partial class E2eMetadataJsonContext : JsonSerializerContext;
