namespace MemoryClients.Emulator.Dashboard.Tests;

/// <summary>
/// The system Chromium the dashboard tests drive (Playwright's own browser download is not used). Without it the
/// tests are skipped, unless <see cref="RequireVariable"/> is <c>1</c> (CI sets it), which makes them fail instead.
/// </summary>
public static class Chromium
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Points the tests at another Chromium or Chrome executable.</summary>
    public const string PathVariable = "MEMORYCLIENTS_CHROMIUM";

    /// <summary>Set to <c>1</c> to fail, rather than skip, when no Chromium is found.</summary>
    public const string RequireVariable = "MEMORYCLIENTS_REQUIRE_BROWSER";

    /// <summary>The executable the tests launch.</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>Whether <see cref="ExecutablePath"/> exists.</summary>
    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Whether a missing browser is a failure.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Headless, offline, no first-run or background work: nothing leaves the machine.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];
}
