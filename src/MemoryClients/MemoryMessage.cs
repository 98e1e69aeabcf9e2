using System.Diagnostics.CodeAnalysis;

namespace MemoryClients;

/// <summary>One provider-neutral conversation message: who said it and what was said.</summary>
public sealed record MemoryMessage
{
    /// <summary>Creates an empty message; set <see cref="Role"/> and <see cref="Content"/>.</summary>
    public MemoryMessage() { }

    /// <summary>Creates a message with a role (<c>user</c>, <c>assistant</c> or <c>system</c>) and its text.</summary>
    [SetsRequiredMembers]
    public MemoryMessage(string role, string content)
    {
        Role = role;
        Content = content;
    }

    /// <summary>Who wrote the message: <c>user</c>, <c>assistant</c> or <c>system</c>.</summary>
    public required string Role { get; init; }

    /// <summary>The message text.</summary>
    public required string Content { get; init; }

    /// <summary>A message from the user.</summary>
    public static MemoryMessage User(string content) => new("user", content);

    /// <summary>A message from the assistant.</summary>
    public static MemoryMessage Assistant(string content) => new("assistant", content);

    /// <summary>A system message.</summary>
    public static MemoryMessage System(string content) => new("system", content);
}
