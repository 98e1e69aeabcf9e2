using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>How user profiles are generated: the schema and extra instructions.</summary>
public sealed record Mem0ProfileUserSettings : ApiModel
{
    /// <summary>The JSON Schema a profile follows; property names are kept verbatim.</summary>
    public JsonObject? Schema { get; init; }

    /// <summary>Extra instructions for the model that fills the profile.</summary>
    public string? CustomInstructions { get; init; }
}
