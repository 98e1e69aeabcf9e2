using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories</c>: the project, the options (<see cref="MemMachineAddOptions"/>) and the messages.</summary>
public sealed record MemMachineAddMemoriesRequest : MemMachineAddOptions
{
    /// <summary>Creates an empty body; set <see cref="Messages"/>.</summary>
    public MemMachineAddMemoriesRequest() { }

    /// <summary>The body of an add with <paramref name="options"/>: every option is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The options to send.</param>
    /// <param name="messages">The messages to add.</param>
    [SetsRequiredMembers]
    public MemMachineAddMemoriesRequest(MemMachineAddOptions options, IReadOnlyList<MemMachineMessage> messages) : base(options) => Messages = messages;

    /// <summary>The organisation id, sent only to self-hosted servers; omitted when null.</summary>
    [JsonPropertyOrder(-2)]
    public string? OrgId { get; init; }

    /// <summary>The project id; on the cloud an empty string means the caller's default project; omitted when null.</summary>
    [JsonPropertyOrder(-1)]
    public string? ProjectId { get; init; }

    /// <summary>The messages to add; at least one.</summary>
    [JsonPropertyOrder(2)]
    public required IReadOnlyList<MemMachineMessage> Messages { get; init; }
}
