namespace MemoryClients.MemMachine.Api;

/// <summary>A semantic memory: a fact the service extracted, filed by category, tag and feature name.</summary>
public sealed record MemMachineSemanticFeature : ApiModel
{
    /// <summary>The semantic set the feature belongs to, when sent.</summary>
    public string? SetId { get; init; }

    /// <summary>The category, such as <c>profile</c>.</summary>
    public string Category { get; init; } = "";

    /// <summary>The tag within the category.</summary>
    public string Tag { get; init; } = "";

    /// <summary>The feature name within the tag.</summary>
    public string FeatureName { get; init; } = "";

    /// <summary>The remembered value.</summary>
    public string Value { get; init; } = "";

    /// <summary>The feature id and citations; <c>Metadata.Id</c> is the id semantic delete takes.</summary>
    public MemMachineSemanticFeatureMetadata? Metadata { get; init; }
}
