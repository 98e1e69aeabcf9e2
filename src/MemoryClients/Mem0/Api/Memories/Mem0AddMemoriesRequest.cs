using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>
/// The body of <c>POST /v3/memories/add/</c>: the conversation and the scope's ids, then the options
/// (<see cref="Mem0.Mem0AddOptions"/>); unset properties are not sent, so the service's defaults apply.
/// </summary>
public sealed record Mem0AddMemoriesRequest : Mem0.Mem0AddOptions
{
    /// <summary>Creates an empty body; set <see cref="Messages"/> and at least one id.</summary>
    public Mem0AddMemoriesRequest() { }

    /// <summary>The body of an add with <paramref name="options"/>: every option is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The options to send.</param>
    /// <param name="messages">The conversation.</param>
    [SetsRequiredMembers]
    public Mem0AddMemoriesRequest(Mem0.Mem0AddOptions options, IReadOnlyList<Mem0Message> messages) : base(options) => Messages = messages;

    /// <summary>The conversation to extract memories from.</summary>
    [JsonPropertyOrder(-5)]
    public required IReadOnlyList<Mem0Message> Messages { get; init; }

    /// <summary>The user the memories belong to (at least one of the four ids is required).</summary>
    [JsonPropertyOrder(-4)]
    public string? UserId { get; init; }

    /// <summary>The agent the memories belong to.</summary>
    [JsonPropertyOrder(-3)]
    public string? AgentId { get; init; }

    /// <summary>The application the memories belong to.</summary>
    [JsonPropertyOrder(-2)]
    public string? AppId { get; init; }

    /// <summary>The run (session) the memories belong to.</summary>
    [JsonPropertyOrder(-1)]
    public string? RunId { get; init; }
}
