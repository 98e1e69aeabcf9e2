using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace MemoryClients.Serialization;

/// <summary>
/// A caller's own type as metadata and back, through the caller's source-generated <see cref="JsonTypeInfo{T}"/> (so no
/// reflection, AOT-safe): the one conversion behind every <c>WithMetadata</c> and <c>GetMetadata</c>.
/// </summary>
internal static class TypedMetadata
{
    /// <summary><paramref name="value"/> as a JSON object, written with <paramref name="typeInfo"/>'s names and converters.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not written as a JSON object (metadata is a key/value object).</exception>
    public static JsonObject Write<T>(T value, JsonTypeInfo<T> typeInfo, string paramName)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (value is null)
            throw new ArgumentNullException(paramName);
        var node = JsonSerializer.SerializeToNode(value, typeInfo);
        return node as JsonObject
            ?? throw new ArgumentException($"Metadata must be a JSON object; {typeof(T).Name} is written as a JSON {node?.GetValueKind().ToString().ToLowerInvariant() ?? "null"}.", paramName);
    }

    /// <summary><paramref name="metadata"/> read as <typeparamref name="T"/>; the default of <typeparamref name="T"/> when there is none.</summary>
    /// <exception cref="JsonException">The metadata does not fit <typeparamref name="T"/>.</exception>
    public static T? Read<T>(JsonObject? metadata, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return metadata is null ? default : metadata.Deserialize(typeInfo);
    }
}
