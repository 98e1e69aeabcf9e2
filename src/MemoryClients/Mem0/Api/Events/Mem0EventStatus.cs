using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The status of a Mem0 event (<see cref="Mem0Event.Status"/>); a value the service adds later round-trips unchanged.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0EventStatus>))]
public readonly partial struct Mem0EventStatus
{
    /// <summary><c>PENDING</c>: Queued, not started.</summary>
    public static Mem0EventStatus Pending { get; } = new("PENDING");

    /// <summary><c>RUNNING</c>: Being processed.</summary>
    public static Mem0EventStatus Running { get; } = new("RUNNING");

    /// <summary><c>SUCCEEDED</c>: Finished successfully (final).</summary>
    public static Mem0EventStatus Succeeded { get; } = new("SUCCEEDED");

    /// <summary><c>FAILED</c>: Finished with an error (final); see <see cref="Mem0Event.Error"/>.</summary>
    public static Mem0EventStatus Failed { get; } = new("FAILED");
}
