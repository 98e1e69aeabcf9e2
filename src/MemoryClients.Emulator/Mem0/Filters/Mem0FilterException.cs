namespace MemoryClients.Emulator.Mem0.Filters;

/// <summary>A filter the service rejects with 400; the message is the body's <c>error</c> text.</summary>
internal sealed class Mem0FilterException(string message) : Exception(message);
