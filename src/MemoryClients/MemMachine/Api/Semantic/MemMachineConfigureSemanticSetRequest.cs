using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>
/// The body of <c>POST /memories/semantic/set/configure</c> (self-hosted only): the project and the set, then the models
/// (<see cref="MemMachineConfigureSemanticSetOptions"/>).
/// </summary>
public sealed record MemMachineConfigureSemanticSetRequest : MemMachineConfigureSemanticSetOptions
{
    /// <summary>Creates an empty body; set <see cref="SetId"/>.</summary>
    public MemMachineConfigureSemanticSetRequest() { }

    /// <summary>The body of a set configuration with <paramref name="options"/>: every option is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The models to send.</param>
    /// <param name="setId">The set to configure.</param>
    [SetsRequiredMembers]
    public MemMachineConfigureSemanticSetRequest(MemMachineConfigureSemanticSetOptions options, string setId) : base(options) => SetId = setId;

    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-3)]
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string? ProjectId { get; init; }

    /// <summary>The set to configure.</summary>
    [JsonPropertyOrder(-1)]
    public required string SetId { get; init; }
}
