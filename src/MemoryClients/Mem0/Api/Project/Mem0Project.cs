using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>A project's details and memory settings, as <c>GET /api/v1/orgs/organizations/{org_id}/projects/{project_id}/</c> returns them.</summary>
public sealed record Mem0Project : ApiModel
{
    /// <summary>The project id.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The project name.</summary>
    public string? Name { get; init; }

    /// <summary>The project description.</summary>
    public string? Description { get; init; }

    /// <summary>When the project was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the project was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The people with access to the project.</summary>
    public IReadOnlyList<Mem0ProjectMember>? Members { get; init; }

    /// <summary>The configured use case.</summary>
    public string? Usecase { get; init; }

    /// <summary>The memory extraction depth.</summary>
    public string? MemoryDepth { get; init; }

    /// <summary>What to include when extracting memories.</summary>
    public string? InclusionPrompt { get; init; }

    /// <summary>What to leave out when extracting memories.</summary>
    public string? ExclusionPrompt { get; init; }

    /// <summary>The project's categories, each an object <c>{"name": "description"}</c> with keys verbatim.</summary>
    public IReadOnlyList<JsonObject>? CustomCategories { get; init; }

    /// <summary>Extraction instructions for the project.</summary>
    public string? CustomInstructions { get; init; }

    /// <summary>Extraction instructions for agent-scoped memories; <see cref="CustomInstructions"/> apply when unset.</summary>
    public string? AgentCustomInstructions { get; init; }

    /// <summary>Instructions applied when existing memories are updated.</summary>
    public string? UpdateCustomInstructions { get; init; }

    /// <summary>Instructions applied when summaries are generated.</summary>
    public string? SummaryCustomInstructions { get; init; }

    /// <summary>Items per batch when summaries are generated.</summary>
    public int? SummaryBatchSize { get; init; }

    /// <summary>The longest summary, in tokens.</summary>
    public int? SummaryMaxTokens { get; init; }

    /// <summary>The default expiration date of new memories (<c>YYYY-MM-DD</c>).</summary>
    public string? ExpirationDate { get; init; }

    /// <summary>Whether graph memory is on.</summary>
    public bool? EnableGraph { get; init; }

    /// <summary>Whether memories keep the input language.</summary>
    public bool? Multilingual { get; init; }

    /// <summary>The API version the project uses.</summary>
    public string? Version { get; init; }

    /// <summary>Whether this is the organisation's default project.</summary>
    public bool? IsDefault { get; init; }

    /// <summary>The active prompt profile.</summary>
    public string? ActivePromptProfile { get; init; }

    /// <summary>Whether memory decay is on.</summary>
    public bool? Decay { get; init; }

    /// <summary>The caller's role in the project.</summary>
    public Mem0ProjectRole? UserRole { get; init; }
}
