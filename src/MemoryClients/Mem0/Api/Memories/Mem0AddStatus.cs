using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The status of an add (<see cref="Mem0AddMemoriesResponse.Status"/>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0AddStatus>))]
public readonly partial struct Mem0AddStatus
{
    /// <summary><c>PENDING</c>: Queued; poll the event to learn the outcome.</summary>
    public static Mem0AddStatus Pending { get; } = new("PENDING");

    /// <summary><c>SUCCEEDED</c>: Processed.</summary>
    public static Mem0AddStatus Succeeded { get; } = new("SUCCEEDED");

    /// <summary><c>FAILED</c>: Processing failed.</summary>
    public static Mem0AddStatus Failed { get; } = new("FAILED");
}
