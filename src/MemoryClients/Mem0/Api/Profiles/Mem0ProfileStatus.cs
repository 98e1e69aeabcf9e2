using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The state of a user profile (<see cref="Mem0Profile.Status"/>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0ProfileStatus>))]
public readonly partial struct Mem0ProfileStatus
{
    /// <summary><c>succeeded</c>: The profile is ready.</summary>
    public static Mem0ProfileStatus Succeeded { get; } = new("succeeded");

    /// <summary><c>pending</c>: Generation has not finished yet.</summary>
    public static Mem0ProfileStatus Pending { get; } = new("pending");

    /// <summary><c>failed</c>: Generation failed; see <see cref="Mem0Profile.Error"/>.</summary>
    public static Mem0ProfileStatus Failed { get; } = new("failed");

    /// <summary><c>not_enabled</c>: Profiles are not enabled for the project.</summary>
    public static Mem0ProfileStatus NotEnabled { get; } = new("not_enabled");

    /// <summary><c>insufficient_data</c>: The user has too few memories for a profile.</summary>
    public static Mem0ProfileStatus InsufficientData { get; } = new("insufficient_data");
}
