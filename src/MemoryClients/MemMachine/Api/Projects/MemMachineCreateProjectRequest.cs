using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /projects</c>: the ids, then the options (<see cref="MemMachineCreateProjectOptions"/>).</summary>
public sealed record MemMachineCreateProjectRequest : MemMachineCreateProjectOptions
{
    /// <summary>Creates an empty body; set <see cref="ProjectId"/>.</summary>
    public MemMachineCreateProjectRequest() { }

    /// <summary>The body of a project creation with <paramref name="options"/>: every option is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The options to send.</param>
    /// <param name="projectId">The new project's id.</param>
    [SetsRequiredMembers]
    public MemMachineCreateProjectRequest(MemMachineCreateProjectOptions options, string projectId) : base(options) => ProjectId = projectId;

    /// <summary>The organisation id, required by self-hosted servers and never sent to the cloud; omitted when null.</summary>
    [JsonPropertyOrder(-2)]
    public string? OrgId { get; init; }

    /// <summary>The new project's id: letters, digits, <c>_</c>, <c>:</c> and <c>-</c>.</summary>
    [JsonPropertyOrder(-1)]
    public required string ProjectId { get; init; }
}
