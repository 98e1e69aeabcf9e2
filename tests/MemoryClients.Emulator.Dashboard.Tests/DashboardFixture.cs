using MemoryClients.Mem0;
using MemoryClients.MemMachine;
using Microsoft.Playwright;

namespace MemoryClients.Emulator.Dashboard.Tests;

/// <summary>
/// One emulator (port 0), SDK clients for both services and one headless Chromium with a fresh profile, shared by the
/// dashboard tests; each test opens its own page and uses ids of its own.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string Mem0Key = "dashboard-mem0-secret-key";
    public const string MemMachineKey = "dashboard-memmachine-secret-key";

    private IPlaywright? _playwright;
    private IBrowserContext? _browser;
    private DirectoryInfo? _profile;

    public MemoryEmulator Emulator { get; private set; } = null!;

    public Mem0Client Mem0 { get; private set; } = null!;

    public MemMachineClient MemMachine { get; private set; } = null!;

    /// <summary>Where screenshots go: <c>artifacts/dashboard/</c> at the repository root.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "dashboard");

    public async Task InitializeAsync()
    {
        Emulator = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { Mem0ApiKey = Mem0Key, MemMachineApiKey = MemMachineKey });
        Mem0 = new Mem0Client(new Mem0ClientOptions { ApiKey = Mem0Key, BaseAddress = Emulator.Mem0BaseAddress, Resilience = FastRetries });
        MemMachine = new MemMachineClient(new MemMachineClientOptions { ApiKey = MemMachineKey, BaseAddress = Emulator.MemMachineBaseAddress, Resilience = FastRetries });
        if (!Chromium.IsInstalled) return;   // the tests are skipped, or fail in NewPageAsync when a browser is required

        _playwright = await Playwright.CreateAsync();
        _profile = Directory.CreateTempSubdirectory("dashboard-chromium-");
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
            ColorScheme = ColorScheme.Light,
        });
    }

    /// <summary>A new tab on the dashboard of <paramref name="emulator"/> (by default the shared one), loaded.</summary>
    public async Task<IPage> OpenDashboardAsync(MemoryEmulator? emulator = null)
    {
        if (_browser is null)
            throw new InvalidOperationException($"{Chromium.RequireVariable}=1 but there is no Chromium at {Chromium.ExecutablePath}; install it (apt-get install chromium).");
        var page = await _browser.NewPageAsync();
        var response = await page.GotoAsync(new Uri((emulator ?? Emulator).BaseAddress, "_emulator/").ToString());
        response!.Status.Should().Be(200);
        return page;
    }

    /// <summary>Retries within milliseconds, so an injected 503 is retried at once.</summary>
    public static MemoryResilienceOptions FastRetries { get; } = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };

    /// <summary>Saves a full-page screenshot under <see cref="ScreenshotFolder"/> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _profile?.Delete(recursive: true);
        Mem0.Dispose();
        MemMachine.Dispose();
        await Emulator.DisposeAsync();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MemoryClients.sln"))) return dir.FullName;
        }
        return AppContext.BaseDirectory;
    }
}
