using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemoryClients;

/// <summary>
/// Base of every response model: fields the SDK does not model yet are kept here instead of being dropped,
/// so a new server field is never lost.
/// </summary>
public abstract record ApiModel
{
    // JsonInclude lets the source generator see the internal setter; without it the bag is never filled.
    /// <summary>JSON members the model has no property for, by wire name.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }
}
