using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemoryClients.Serialization;

/// <summary>
/// Reads and writes an extensible enum as its JSON string, so a value the SDK does not know yet round-trips unchanged.
/// Applied with <c>[JsonConverter(typeof(ExtensibleEnumConverter&lt;T&gt;))]</c> on the type; the JSON source generator creates
/// it directly, so no reflection is involved.
/// </summary>
/// <remarks>
/// On a <c>readonly partial struct</c> that declares only its known values (documented
/// <c>public static T Name { get; } = new("wire");</c>), the same attribute makes the MemoryClients.Generators source generator
/// complete the struct: the constructor from wire text (null refused), the implicit conversion from string, ordinal equality,
/// <c>ToString</c> and <see cref="IWireValue{TSelf}"/>.
/// </remarks>
/// <typeparam name="T">The extensible enum.</typeparam>
internal sealed class ExtensibleEnumConverter<T> : JsonConverter<T> where T : struct, IWireValue<T>
{
    /// <inheritdoc/>
    /// <remarks>
    /// A JSON null reaches this only for a non-nullable property and reads as <c>default(T)</c>, the value without wire text,
    /// which <see cref="Write"/> writes back as null.
    /// </remarks>
    /// <exception cref="JsonException">The token is neither a string nor null.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => T.FromWire(reader.GetString()!),
        JsonTokenType.Null => default,
        _ => throw new JsonException($"Expected a JSON string for {typeof(T).Name}, found {reader.TokenType}."),
    };

    /// <inheritdoc/>
    /// <remarks><c>default(T)</c> has no wire value and is written as a JSON null.</remarks>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.WireValue is { } wire)
            writer.WriteStringValue(wire);
        else
            writer.WriteNullValue();
    }
}
