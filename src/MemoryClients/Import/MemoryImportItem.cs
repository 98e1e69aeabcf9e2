using System.Diagnostics.CodeAnalysis;

namespace MemoryClients.Import;

/// <summary>One memory to import: the text or conversation to add, whom it belongs to, and how to store it.</summary>
/// <remarks>Each item becomes one <see cref="IMemoryClient.AddAsync"/> call with <see cref="Metadata"/> and <see cref="Infer"/>
/// as its <see cref="MemoryAddOptions"/>.</remarks>
public sealed record MemoryImportItem
{
    /// <summary>Creates an empty item; set <see cref="Messages"/> and <see cref="Scope"/>.</summary>
    public MemoryImportItem() { }

    /// <summary>Creates an item of one user message.</summary>
    /// <param name="text">What to remember.</param>
    /// <param name="scope">Whom the memory belongs to.</param>
    [SetsRequiredMembers]
    public MemoryImportItem(string text, MemoryScope scope)
        : this([MemoryMessage.User(text)], scope) { }

    /// <summary>Creates an item of a conversation.</summary>
    /// <param name="messages">At least one message.</param>
    /// <param name="scope">Whom the memories belong to.</param>
    [SetsRequiredMembers]
    public MemoryImportItem(IReadOnlyList<MemoryMessage> messages, MemoryScope scope)
    {
        Messages = messages;
        Scope = scope;
    }

    /// <summary>The conversation to add; at least one message.</summary>
    public required IReadOnlyList<MemoryMessage> Messages { get; init; }

    /// <summary>Whom the memories belong to; at least one id.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>String metadata stored with the memories (<see cref="MemoryAddOptions.Metadata"/>).</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Whether the service extracts facts (<see cref="MemoryAddOptions.Infer"/>); null takes the provider's default.</summary>
    public bool? Infer { get; init; }
}
