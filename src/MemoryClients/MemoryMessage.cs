using System.Diagnostics.CodeAnalysis;

namespace MemoryClients;

/// <summary>One provider-neutral conversation message: who said it and what was said.</summary>
public sealed record MemoryMessage
{
    /// <summary>Creates an empty message; set <see cref="Role"/> and <see cref="Content"/>.</summary>
    public MemoryMessage() { }

    /// <summary>Creates a message with a role and its text.</summary>
    /// <param name="role">Who wrote it: <see cref="MemoryRole.User"/>, <see cref="MemoryRole.Assistant"/> or <see cref="MemoryRole.System"/>.</param>
    /// <param name="content">The message text.</param>
    [SetsRequiredMembers]
    public MemoryMessage(MemoryRole role, string content)
    {
        Role = role;
        Content = content;
    }

    /// <summary>Who wrote the message.</summary>
    public required MemoryRole Role { get; init; }

    /// <summary>The message text.</summary>
    public required string Content { get; init; }

    /// <summary>A message from the user.</summary>
    public static MemoryMessage User(string content) => new(MemoryRole.User, content);

    /// <summary>A message from the assistant.</summary>
    public static MemoryMessage Assistant(string content) => new(MemoryRole.Assistant, content);

    /// <summary>A system message.</summary>
    public static MemoryMessage System(string content) => new(MemoryRole.System, content);
}
