using System.Text.Json.Nodes;

namespace MemoryClients.MemMachine;

/// <summary>
/// Optional settings of a semantic feature added by hand, which are the body of <c>POST /memories/semantic/feature</c>
/// (<see cref="Api.MemMachineAddFeatureRequest"/> adds the project, the set and the feature itself).
/// </summary>
public record MemMachineAddFeatureOptions : MemoryCallOptions
{
    /// <summary>Metadata stored with the feature and filterable as <c>metadata.key</c>; keys are sent verbatim (a copy is taken).</summary>
    public JsonObject? FeatureMetadata { get; init; }

    /// <summary>The ids of the episodes the feature is drawn from (<see cref="Api.MemMachineEpisode.Uid"/>).</summary>
    public IReadOnlyList<string>? Citations { get; init; }
}
