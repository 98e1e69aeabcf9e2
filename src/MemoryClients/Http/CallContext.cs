namespace MemoryClients.Http;

/// <summary>
/// The ambient state of the call in progress, flowing with the execution context from the public method that starts it
/// to the handlers that send it: whether it blocks (a call of the synchronous <see cref="MemoryClient"/>). Carrying it
/// here, not as a parameter, lets every method of the provider clients and every raw API be written (and generated) once
/// for both paths.
/// </summary>
internal static class CallContext
{
    private static readonly AsyncLocal<bool> BlockingFlag = new();

    /// <summary>Whether the call in progress must block: every send below it uses <see cref="HttpMessageHandler.Send"/>.</summary>
    public static bool IsBlocking => BlockingFlag.Value;

    /// <summary>Marks the calls made on this thread until the scope is disposed as blocking.</summary>
    public static BlockingScope Blocking()
    {
        var previous = BlockingFlag.Value;
        BlockingFlag.Value = true;
        return new BlockingScope(previous);
    }

    /// <summary>Restores the flag the scope replaced.</summary>
    public readonly struct BlockingScope(bool previous) : IDisposable
    {
        public void Dispose() => BlockingFlag.Value = previous;
    }
}
