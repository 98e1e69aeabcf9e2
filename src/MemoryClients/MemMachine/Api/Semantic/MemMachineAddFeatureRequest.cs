using System.Text.Json.Nodes;

namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/feature</c> (self-hosted only): adds a semantic feature by hand.</summary>
public sealed record MemMachineAddFeatureRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The semantic set to add the feature to.</summary>
    public required string SetId { get; init; }

    /// <summary>The category of the feature.</summary>
    public required string CategoryName { get; init; }

    /// <summary>The tag within the category.</summary>
    public required string Tag { get; init; }

    /// <summary>The feature name.</summary>
    public required string Feature { get; init; }

    /// <summary>The feature value.</summary>
    public required string Value { get; init; }

    /// <summary>Metadata stored with the feature and filterable as <c>metadata.key</c>; keys are sent verbatim.</summary>
    public JsonObject? FeatureMetadata { get; init; }

    /// <summary>The ids of the episodes the feature is drawn from.</summary>
    public IReadOnlyList<string>? Citations { get; init; }
}
