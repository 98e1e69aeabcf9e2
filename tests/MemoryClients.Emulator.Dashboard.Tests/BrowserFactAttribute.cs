namespace MemoryClients.Emulator.Dashboard.Tests;

/// <summary>A test in a real headless Chromium: skipped when none is installed, unless a browser is required.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            Skip = $"Browser test: no Chromium at {Chromium.ExecutablePath}. Install it (apt-get install chromium) or set " +
                $"{Chromium.PathVariable} to a Chromium or Chrome executable; {Chromium.RequireVariable}=1 makes a missing browser fail.";
        }
    }
}
