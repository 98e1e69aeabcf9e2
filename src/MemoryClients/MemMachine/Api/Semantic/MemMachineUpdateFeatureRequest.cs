using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>
/// The body of <c>POST /memories/semantic/feature/update</c> (self-hosted only): the project and the feature, then the
/// changes (<see cref="MemMachineUpdateFeatureOptions"/>); null fields are left unchanged.
/// </summary>
public sealed record MemMachineUpdateFeatureRequest : MemMachineUpdateFeatureOptions
{
    /// <summary>Creates an empty body; set <see cref="FeatureId"/>.</summary>
    public MemMachineUpdateFeatureRequest() { }

    /// <summary>The body of an update with <paramref name="options"/>: every change is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The changes to send.</param>
    /// <param name="featureId">The feature to change.</param>
    [SetsRequiredMembers]
    public MemMachineUpdateFeatureRequest(MemMachineUpdateFeatureOptions options, string featureId) : base(options) => FeatureId = featureId;

    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-3)]
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string? ProjectId { get; init; }

    /// <summary>The feature to change.</summary>
    [JsonPropertyOrder(-1)]
    public required string FeatureId { get; init; }
}
