namespace MemoryClients.Mem0.Api;

/// <summary>The profile statuses Mem0 documents today, as the strings the wire uses; the service may add more.</summary>
public static class Mem0ProfileStatus
{
    /// <summary>The profile is ready.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Generation has not finished yet.</summary>
    public const string Pending = "pending";

    /// <summary>Generation failed; see <see cref="Mem0Profile.Error"/>.</summary>
    public const string Failed = "failed";

    /// <summary>Profiles are not enabled for the project.</summary>
    public const string NotEnabled = "not_enabled";

    /// <summary>The user has too few memories for a profile.</summary>
    public const string InsufficientData = "insufficient_data";
}
