using System.Reflection;

namespace MemoryClients.Http;

/// <summary>The SDK's name and version, as sent in <c>User-Agent</c>.</summary>
internal static class SdkInfo
{
    public static readonly string Version = ReadVersion();

    /// <summary><c>MemoryClients-dotnet/1.2.3 (.NET 10.0.0)</c>, plus the caller's application id when set.</summary>
    public static string UserAgent(string? applicationId)
    {
        var agent = $"MemoryClients-dotnet/{Version} (.NET {Environment.Version})";
        return string.IsNullOrWhiteSpace(applicationId) ? agent : $"{agent} {applicationId.Trim()}";
    }

    private static string ReadVersion()
    {
        var informational = typeof(SdkInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
