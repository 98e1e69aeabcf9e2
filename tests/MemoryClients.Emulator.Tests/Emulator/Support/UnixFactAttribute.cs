namespace MemoryClients.Emulator.Tests.Emulator.Support;

/// <summary>A test of Unix file modes: it runs on Linux and macOS and is skipped on Windows, which has none.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix file modes do not exist on Windows.";
    }
}
