using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine;

/// <summary>
/// Optional settings of a new semantic set type, which are the body of <c>POST /memories/semantic/set_type</c>
/// (<see cref="Api.MemMachineCreateSemanticSetTypeRequest"/> adds the project and the metadata tags).
/// </summary>
public record MemMachineCreateSemanticSetTypeOptions : MemoryCallOptions
{
    /// <summary>Whether the set type belongs to the organisation rather than the project; the server default is false.</summary>
    [JsonPropertyOrder(-1)]
    public bool? IsOrgLevel { get; init; }

    /// <summary>A display name.</summary>
    [JsonPropertyOrder(1)]
    public string? Name { get; init; }

    /// <summary>A description.</summary>
    [JsonPropertyOrder(2)]
    public string? Description { get; init; }
}
