namespace MemoryClients.Import;

/// <summary>An item an import did not store for certain, where it stood in the source, and why.</summary>
/// <param name="Index">The item's zero-based position in the source.</param>
/// <param name="Item">The item as read from the source.</param>
/// <param name="Error">The item's last error: why it failed, why it may have been stored, or (for an item not sent) the throttle it waited on.</param>
public sealed record MemoryImportFailure(long Index, MemoryImportItem Item, Exception Error);
