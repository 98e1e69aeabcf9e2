using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MemoryClients.Tests.Json;

/// <summary>
/// What the SDK's hand-written model converters are held to: System.Text.Json's reflection serializer over the same
/// model, with the SDK's naming and null handling, so the model's own attributes decide what every member means.
/// </summary>
internal static class MetadataPath
{
    public static JsonSerializerOptions Reference { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    /// <summary>The JSON names of the members <typeparamref name="T"/> declares, its extension data aside.</summary>
    public static IEnumerable<string> Members<T>() =>
        Reference.GetTypeInfo(typeof(T)).Properties.Where(p => !p.IsExtensionData).Select(p => p.Name);

    /// <summary>
    /// Reads <paramref name="body"/> through <paramref name="sdk"/> (which must use <typeparamref name="TConverter"/>) and
    /// through the reference, checks that both models write the same JSON, and returns both for further checks.
    /// </summary>
    public static (T Read, T Expected) ShouldReadAsReference<T, TConverter>(string body, JsonSerializerOptions sdk)
    {
        Info<T>(sdk).Converter.Should().BeOfType<TConverter>();
        var read = JsonSerializer.Deserialize(body, Info<T>(sdk))!;
        var expected = JsonSerializer.Deserialize(body, Info<T>(Reference))!;
        JsonSerializer.Serialize(read, Info<T>(Reference)).Should().Be(JsonSerializer.Serialize(expected, Info<T>(Reference)));
        return (read, expected);
    }

    public static void ShouldWriteAsReference<T>(T value, JsonSerializerOptions sdk) =>
        JsonSerializer.Serialize(value, Info<T>(sdk)).Should().Be(JsonSerializer.Serialize(value, Info<T>(Reference)));

    public static void ShouldBeRefusedByBoth<T>(string body, JsonSerializerOptions sdk)
    {
        var reference = () => JsonSerializer.Deserialize(body, Info<T>(Reference));
        var read = () => JsonSerializer.Deserialize(body, Info<T>(sdk));

        reference.Should().Throw<JsonException>();
        read.Should().Throw<JsonException>();
    }
}
