using System.Collections;
using System.Text.Json;
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
    /// Options with the settings of <paramref name="settings"/> that read through <paramref name="resolver"/> and check every
    /// required member after an object is read (a <see cref="JsonException"/> when one is null). Writing is unchanged. A
    /// type with a hand-written converter checks its required members itself.
    /// </summary>
    public static JsonSerializerOptions Enforced(JsonSerializerOptions settings, IJsonTypeInfoResolver resolver)
    {
        var options = new JsonSerializerOptions(settings) { TypeInfoResolver = resolver.WithAddedModifier(CheckAfterReading) };
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
