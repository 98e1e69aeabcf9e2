namespace MemoryClients.Cli;

/// <summary>A mistake on the command line that the parser cannot see (a bad filter, a missing scope); exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
