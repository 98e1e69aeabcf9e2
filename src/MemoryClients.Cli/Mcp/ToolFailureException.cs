namespace MemoryClients.Cli.Mcp;

/// <summary>A tool failure whose message is written for the model and goes back to it as is.</summary>
internal sealed class ToolFailureException : Exception
{
    public ToolFailureException()
    {
    }

    public ToolFailureException(string message)
        : base(message)
    {
    }

    public ToolFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
