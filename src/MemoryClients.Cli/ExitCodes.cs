namespace MemoryClients.Cli;

/// <summary>The process exit codes of <c>memory</c>, one per kind of failure so scripts can tell them apart.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Nothing was done: the user declined a confirmation, or an unexpected error occurred.</summary>
    public const int Failure = 1;

    /// <summary>The command line or its values were wrong, a key is missing, or the provider cannot do what was asked (nothing was sent, or the service refused the input).</summary>
    public const int Usage = 2;

    /// <summary>The memory (or other record) does not exist.</summary>
    public const int NotFound = 3;

    /// <summary>The API key is missing, wrong or not allowed to do this.</summary>
    public const int Auth = 4;

    /// <summary>The service failed, throttled the call or could not be reached.</summary>
    public const int Server = 5;

    /// <summary>A file could not be read or written (no such folder, no permission, disk full).</summary>
    public const int FileError = 6;

    /// <summary>An import ended with items not stored for certain (failed, or may have been stored); they are listed in a file.</summary>
    public const int NotAllStored = 7;

    /// <summary>Interrupted with Ctrl+C.</summary>
    public const int Cancelled = 130;
}
