using System.Text.Json.Serialization;

namespace MemoryClients.Tests.Support;

/// <summary>An application's own metadata type, written and read through <see cref="TestMetadataJsonContext"/>.</summary>
internal sealed record TeaPreference(string Drink, int CupsPerDay, IReadOnlyList<string>? Occasions = null);

/// <summary>The application's source-generated JSON context, with its own naming (snake_case), as an AOT app would have.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TeaPreference))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class TestMetadataJsonContext : JsonSerializerContext;
