using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>A user's structured profile (beta), as <c>GET /v2/entities/user/{entity_id}/profile/</c> returns it.</summary>
/// <remarks>Generation is asynchronous: check <see cref="Status"/> before reading <see cref="Profile"/>.</remarks>
public sealed record Mem0Profile : ApiModel
{
    /// <summary>The profile, shaped by the project's profile schema; keys verbatim. Null until one has been generated.</summary>
    public JsonObject? Profile { get; init; }

    /// <summary>Where generation is (see <see cref="Mem0ProfileStatus"/>).</summary>
    public Mem0ProfileStatus? Status { get; init; }

    /// <summary>The entity type; <c>user</c>.</summary>
    public Mem0EntityType? EntityType { get; init; }

    /// <summary>The entity's id.</summary>
    public string? EntityId { get; init; }

    /// <summary>When the profile was last generated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>How many times the profile has been generated.</summary>
    public int? GenerationCount { get; init; }

    /// <summary>Why generation failed, when it did.</summary>
    public string? Error { get; init; }
}
