namespace MemoryClients.Mem0.Api;

/// <summary>The answer of a project creation: a confirmation and the new project's id.</summary>
public sealed record Mem0CreateProjectResponse : ApiModel
{
    /// <summary>The service's confirmation text.</summary>
    public string? Message { get; init; }

    /// <summary>The new project's id.</summary>
    public string? ProjectId { get; init; }
}
