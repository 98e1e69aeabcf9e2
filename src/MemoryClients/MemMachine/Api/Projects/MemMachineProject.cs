using System.Text.Json.Serialization;
namespace MemoryClients.MemMachine.Api;

/// <summary>A project: an isolated memory namespace (<c>ProjectResponse</c> on the wire).</summary>
/// <remarks>Self-hosted <c>POST /projects/list</c> returns only <see cref="OrgId"/> and <see cref="ProjectId"/>.</remarks>
public sealed record MemMachineProject : ApiModel
{
    /// <summary>The organisation the project belongs to.</summary>
    public string OrgId { get; init; } = "";

    /// <summary>The project id, unique within the organisation.</summary>
    [JsonRequired]
    public string ProjectId { get; init; } = "";

    /// <summary>The human-readable description; empty when none was given.</summary>
    public string? Description { get; init; }

    /// <summary>The resolved configuration; null when the server did not send it.</summary>
    public MemMachineProjectConfig? Config { get; init; }
}
