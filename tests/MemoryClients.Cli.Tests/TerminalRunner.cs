using System.Diagnostics;
using System.Text;

namespace MemoryClients.Cli.Tests;

/// <summary>Runs the built <c>memory</c> under a pseudo-terminal (util-linux <c>script</c>) and returns every byte that reached the terminal.</summary>
public static class TerminalRunner
{
    public static async Task<(int ExitCode, byte[] Screen)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        // A wide terminal, so that a memory's text stays on one table row.
        var command = "stty cols 250; " + string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "memory.dll") }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Latin-1 maps each byte to one char, so the bytes come back unchanged.
            StandardOutputEncoding = Encoding.Latin1,
        };
        foreach (var arg in new[] { "-qfec", command, "/dev/null" }) start.ArgumentList.Add(arg);
        start.Environment["TERM"] = "xterm-256color";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var screen = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        await stderr;
        return (process.ExitCode, Encoding.Latin1.GetBytes(screen));
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
