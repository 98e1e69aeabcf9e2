using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>
/// The body of <c>POST /memory/episodic/config</c> (self-hosted only): the project, then the switches
/// (<see cref="MemMachineConfigureEpisodicMemoryOptions"/>); null switches are left unchanged.
/// </summary>
public sealed record MemMachineConfigureEpisodicMemoryRequest : MemMachineConfigureEpisodicMemoryOptions
{
    /// <summary>Creates an empty body.</summary>
    public MemMachineConfigureEpisodicMemoryRequest() { }

    /// <summary>The body of a configuration with <paramref name="options"/>: every switch is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The switches to send.</param>
    public MemMachineConfigureEpisodicMemoryRequest(MemMachineConfigureEpisodicMemoryOptions options) : base(options) { }

    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string? ProjectId { get; init; }
}
