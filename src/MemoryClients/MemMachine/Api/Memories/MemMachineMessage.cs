namespace MemoryClients.MemMachine.Api;

/// <summary>One message to remember (<c>MemoryMessage</c> on the wire).</summary>
public sealed record MemMachineMessage
{
    /// <summary>The text of the message.</summary>
    public required string Content { get; init; }

    /// <summary>Who sent the message, a name the model can read; the server default is <c>user</c>.</summary>
    public string? Producer { get; init; }

    /// <summary>Who the message was meant for; the server default is empty.</summary>
    public string? ProducedFor { get; init; }

    /// <summary>When the message was written, always sent with its UTC offset; null lets the server use the current time.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The conversational role, conventionally <see cref="MemMachineMessageRole.User"/>, <see cref="MemMachineMessageRole.Assistant"/> or <see cref="MemMachineMessageRole.System"/>.
    /// Default <see cref="MemMachineMessageRole.User"/>, as the official TypeScript client sends; set null to send no role (the service then stores an empty one).</summary>
    public MemMachineMessageRole? Role { get; init; } = MemMachineMessageRole.User;

    /// <summary>Key/value pairs stored with the message and filterable as <c>metadata.key</c>; the service accepts string values only.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>The episode type, <see cref="MemMachineEpisodeType.Message"/> (the server default) when null.</summary>
    public MemMachineEpisodeType? EpisodeType { get; init; }
}
