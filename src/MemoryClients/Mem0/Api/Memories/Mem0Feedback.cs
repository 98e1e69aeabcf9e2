using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>Feedback on a memory (<c>feedback</c>); the value is sent as given, so one the service adds later can be used before the SDK knows it.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<Mem0Feedback>))]
public readonly partial struct Mem0Feedback
{
    /// <summary><c>POSITIVE</c>: The memory is good.</summary>
    public static Mem0Feedback Positive { get; } = new("POSITIVE");

    /// <summary><c>NEGATIVE</c>: The memory is bad.</summary>
    public static Mem0Feedback Negative { get; } = new("NEGATIVE");

    /// <summary><c>VERY_NEGATIVE</c>: The memory is very bad.</summary>
    public static Mem0Feedback VeryNegative { get; } = new("VERY_NEGATIVE");
}
