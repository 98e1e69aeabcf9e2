namespace MemoryClients.Mem0.Api;

/// <summary>The project's profile settings, as <c>GET /v2/profiles/settings/</c> returns them.</summary>
public sealed record Mem0ProfileSettings : ApiModel
{
    /// <summary>Whether profile generation runs for the project.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Settings per entity type.</summary>
    public Mem0ProfileEntitySettings? Entities { get; init; }
}
