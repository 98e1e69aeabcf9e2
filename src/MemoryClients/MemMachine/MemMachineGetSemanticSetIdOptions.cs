using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine;

/// <summary>
/// Optional settings of finding (or creating) a semantic set, which are the body of <c>POST /memories/semantic/set_id/get</c>
/// (<see cref="Api.MemMachineGetSemanticSetIdRequest"/> adds the project and the metadata tags).
/// </summary>
public record MemMachineGetSemanticSetIdOptions : MemoryCallOptions
{
    /// <summary>Whether the set belongs to the organisation rather than the project; the server default is false.</summary>
    [JsonPropertyOrder(-1)]
    public bool? IsOrgLevel { get; init; }

    /// <summary>The metadata values that identify the set, such as <c>{"user_id": "42"}</c>; keys are sent verbatim (a copy is taken).</summary>
    [JsonPropertyOrder(1)]
    public JsonObject? SetMetadata { get; init; }
}
