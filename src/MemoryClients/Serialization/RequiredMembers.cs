using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MemoryClients.Serialization;

/// <summary>
/// Holds answers to their contract: a required member must be present (<c>[JsonRequired]</c>, checked by System.Text.Json)
/// and must not be <c>null</c>, and a required list must not hold a <c>null</c> item. Otherwise callers would get null
/// collections and ids, or a <see cref="NullReferenceException"/> far from the cause, instead of <c>INVALID_RESPONSE</c>.
/// </summary>
internal static class RequiredMembers
{
    /// <summary>
    /// Options that read with <paramref name="context"/>'s source-generated metadata and check every required member after
    /// an object is read (a <see cref="JsonException"/> when one is null). Writing is unchanged. Types with a converter of
    /// their own come from <paramref name="handWritten"/> first: as resolvers, because a converter in the options' list
    /// would turn off the generated fast path for every type. Such a converter checks its type's required members itself.
    /// </summary>
    public static JsonSerializerOptions Enforced(JsonSerializerContext context, params IJsonTypeInfoResolver[] handWritten)
    {
        var resolver = handWritten.Length == 0 ? context : JsonTypeInfoResolver.Combine([.. handWritten, context]);
        var options = new JsonSerializerOptions(context.Options) { TypeInfoResolver = resolver.WithAddedModifier(CheckAfterReading) };
        options.MakeReadOnly();
        return options;
    }

    private static void CheckAfterReading(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        var required = type.Properties.Where(p => p.IsRequired && p.Get is not null).ToArray();
        if (required.Length == 0)
            return;
        var previous = type.OnDeserialized;
        type.OnDeserialized = value =>
        {
            foreach (var property in required)
                Check(property.Name, property.Get!(value));
            previous?.Invoke(value);
        };
    }

    private static void Check(string name, object? value)
    {
        if (value is null)
            throw new JsonException($"The required member '{name}' is null.");
        if (value is IEnumerable items and not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (item is null)
                    throw new JsonException($"The required list '{name}' holds null at index {index}.");
                index++;
            }
        }
    }
}
