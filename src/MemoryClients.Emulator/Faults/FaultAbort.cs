namespace MemoryClients.Emulator.Faults;

/// <summary>How a fault breaks the connection, if it does.</summary>
public enum FaultAbort
{
    /// <summary>The connection is left alone.</summary>
    None,

    /// <summary>The connection is reset before anything is sent; the request is not processed.</summary>
    BeforeResponse,

    /// <summary>The request is processed, then the connection is reset before anything is sent (the response is lost).</summary>
    AfterProcessing,

    /// <summary>The full Content-Length is announced, half the body is sent, then the connection is reset.</summary>
    MidBody,
}
