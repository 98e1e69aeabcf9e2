namespace MemoryClients.Mem0.Api;

/// <summary>
/// The body of <c>PATCH /api/v1/orgs/organizations/{org_id}/projects/{project_id}/</c>: only the properties you set are sent
/// and changed.
/// </summary>
public sealed record Mem0UpdateProjectRequest
{
    /// <summary>A new project name.</summary>
    public string? Name { get; init; }

    /// <summary>A new project description.</summary>
    public string? Description { get; init; }

    /// <summary>New extraction instructions for the project.</summary>
    /// <remarks>Sent as a string, as the official SDKs do (the OpenAPI file lists an array here but the service returns a string).</remarks>
    public string? CustomInstructions { get; init; }

    /// <summary>New extraction instructions for agent-scoped memories; an empty string clears them.</summary>
    public string? AgentCustomInstructions { get; init; }

    /// <summary>The project's categories, each a one-entry map from name to description; replaces the current list.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? CustomCategories { get; init; }

    /// <summary>Whether memories keep the input language.</summary>
    public bool? Multilingual { get; init; }

    /// <summary>The memory extraction depth.</summary>
    public string? MemoryDepth { get; init; }

    /// <summary>Legacy use-case setting accepted by older SDKs.</summary>
    public string? UsecaseSetting { get; init; }

    /// <summary>Whether memory decay is on.</summary>
    public bool? Decay { get; init; }

    /// <summary>Whether graph memory is on.</summary>
    public bool? EnableGraph { get; init; }

    /// <summary>The API version the project uses.</summary>
    public string? Version { get; init; }

    /// <summary>True when no property is set, so the update would change nothing.</summary>
    internal bool IsEmpty =>
        Name is null && Description is null && CustomInstructions is null && AgentCustomInstructions is null && CustomCategories is null
        && Multilingual is null && MemoryDepth is null && UsecaseSetting is null && Decay is null && EnableGraph is null && Version is null;
}
