using System.Text.Json.Nodes;

namespace MemoryClients.MemMachine.Api;

/// <summary>Storage details of a semantic feature: its id and the episodes it was drawn from.</summary>
public sealed record MemMachineSemanticFeatureMetadata : ApiModel
{
    /// <summary>The ids of the episodes the feature cites, when sent.</summary>
    public IReadOnlyList<string>? Citations { get; init; }

    /// <summary>The feature id, the one semantic delete takes.</summary>
    public string? Id { get; init; }

    /// <summary>Any other storage metadata, when sent.</summary>
    public JsonObject? Other { get; init; }
}
