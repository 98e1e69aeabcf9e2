using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>
/// The body of <c>POST /memories/semantic/feature</c> (self-hosted only): the project, the set and the feature, then the
/// options (<see cref="MemMachineAddFeatureOptions"/>).
/// </summary>
public sealed record MemMachineAddFeatureRequest : MemMachineAddFeatureOptions
{
    /// <summary>Creates an empty body; set the required members.</summary>
    public MemMachineAddFeatureRequest() { }

    /// <summary>The body of a feature added with <paramref name="options"/>: every option is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The options to send.</param>
    /// <param name="setId">The semantic set to add the feature to.</param>
    /// <param name="categoryName">The category of the feature.</param>
    /// <param name="tag">The tag within the category.</param>
    /// <param name="feature">The feature name.</param>
    /// <param name="value">The feature value.</param>
    [SetsRequiredMembers]
    public MemMachineAddFeatureRequest(MemMachineAddFeatureOptions options, string setId, string categoryName, string tag, string feature, string value)
        : base(options)
    {
        SetId = setId;
        CategoryName = categoryName;
        Tag = tag;
        Feature = feature;
        Value = value;
    }

    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-7)]
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-6)]
    public string? ProjectId { get; init; }

    /// <summary>The semantic set to add the feature to.</summary>
    [JsonPropertyOrder(-5)]
    public required string SetId { get; init; }

    /// <summary>The category of the feature.</summary>
    [JsonPropertyOrder(-4)]
    public required string CategoryName { get; init; }

    /// <summary>The tag within the category.</summary>
    [JsonPropertyOrder(-3)]
    public required string Tag { get; init; }

    /// <summary>The feature name.</summary>
    [JsonPropertyOrder(-2)]
    public required string Feature { get; init; }

    /// <summary>The feature value.</summary>
    [JsonPropertyOrder(-1)]
    public required string Value { get; init; }
}
