using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>
/// The body of <c>POST /memories/semantic/set_type</c> (self-hosted only): a kind of semantic set keyed by metadata tags,
/// with the options of <see cref="MemMachineCreateSemanticSetTypeOptions"/>.
/// </summary>
public sealed record MemMachineCreateSemanticSetTypeRequest : MemMachineCreateSemanticSetTypeOptions
{
    /// <summary>Creates an empty body; set <see cref="MetadataTags"/>.</summary>
    public MemMachineCreateSemanticSetTypeRequest() { }

    /// <summary>The body of a set type created with <paramref name="options"/>: every option is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The options to send.</param>
    /// <param name="metadataTags">The metadata keys whose values identify a set of this type.</param>
    [SetsRequiredMembers]
    public MemMachineCreateSemanticSetTypeRequest(MemMachineCreateSemanticSetTypeOptions options, IReadOnlyList<string> metadataTags) : base(options) =>
        MetadataTags = metadataTags;

    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-3)]
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string? ProjectId { get; init; }

    /// <summary>The metadata keys whose values identify a set of this type.</summary>
    public required IReadOnlyList<string> MetadataTags { get; init; }
}
