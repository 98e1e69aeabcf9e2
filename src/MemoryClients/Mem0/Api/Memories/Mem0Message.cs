using System.Diagnostics.CodeAnalysis;

namespace MemoryClients.Mem0.Api;

/// <summary>One conversation message: who said it (<c>role</c>) and what was said (<c>content</c>).</summary>
public sealed record Mem0Message : ApiModel
{
    /// <summary>Creates an empty message; set <see cref="Role"/> and <see cref="Content"/>.</summary>
    public Mem0Message() { }

    /// <summary>Creates a message with a role and its text.</summary>
    [SetsRequiredMembers]
    public Mem0Message(Mem0MessageRole role, string content)
    {
        Role = role;
        Content = content;
    }

    /// <summary>Who wrote the message: <c>user</c>, <c>assistant</c> or <c>system</c> (or another role the service accepts).</summary>
    public required Mem0MessageRole Role { get; init; }

    /// <summary>The message text.</summary>
    public required string Content { get; init; }

    /// <summary>A message from the user.</summary>
    public static Mem0Message User(string content) => new(Mem0MessageRole.User, content);

    /// <summary>A message from the assistant.</summary>
    public static Mem0Message Assistant(string content) => new(Mem0MessageRole.Assistant, content);

    /// <summary>A system message.</summary>
    public static Mem0Message System(string content) => new(Mem0MessageRole.System, content);
}
