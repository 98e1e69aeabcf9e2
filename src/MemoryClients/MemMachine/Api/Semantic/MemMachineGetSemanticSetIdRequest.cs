using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>
/// The body of <c>POST /memories/semantic/set_id/get</c> (self-hosted only): finds or creates the set for some metadata,
/// with the options of <see cref="MemMachineGetSemanticSetIdOptions"/>.
/// </summary>
public sealed record MemMachineGetSemanticSetIdRequest : MemMachineGetSemanticSetIdOptions
{
    /// <summary>Creates an empty body; set <see cref="MetadataTags"/>.</summary>
    public MemMachineGetSemanticSetIdRequest() { }

    /// <summary>The body of a set lookup with <paramref name="options"/>: every option is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The options to send.</param>
    /// <param name="metadataTags">The metadata keys that identify the set.</param>
    [SetsRequiredMembers]
    public MemMachineGetSemanticSetIdRequest(MemMachineGetSemanticSetIdOptions options, IReadOnlyList<string> metadataTags) : base(options) =>
        MetadataTags = metadataTags;

    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-3)]
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string? ProjectId { get; init; }

    /// <summary>The metadata keys that identify the set.</summary>
    public required IReadOnlyList<string> MetadataTags { get; init; }
}
