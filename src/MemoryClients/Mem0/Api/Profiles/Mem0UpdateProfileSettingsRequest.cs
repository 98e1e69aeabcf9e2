namespace MemoryClients.Mem0.Api;

/// <summary>
/// The body of <c>POST /v2/profiles/settings/</c>: only the properties you set are sent. The schema and instructions
/// must sit under <c>entities.user</c>; the service rejects them at the top level.
/// </summary>
public sealed record Mem0UpdateProfileSettingsRequest
{
    /// <summary>Turns profile generation on or off for the project.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Settings per entity type.</summary>
    public Mem0ProfileEntitySettings? Entities { get; init; }
}
