using System.Diagnostics;
using System.Reflection;

namespace MemoryClients.Benchmarks;

/// <summary>
/// Runs <see cref="CannedServer"/> in a child process (this program started again with <see cref="ServeArgument"/>),
/// so the server's allocations, collections and working set never count against the client being measured.
/// The child stops when its standard input closes.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>The argument that makes a benchmark program serve instead of measure.</summary>
    public const string ServeArgument = "--serve";

    private const string ReadyPrefix = "listening ";
    private readonly Process _process;

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, ending with a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The MemMachine API root (cloud layout, <c>/v2/</c>).</summary>
    public Uri MemMachineAddress => new(BaseAddress, "v2/");

    /// <summary>A base address whose listing holds <paramref name="total"/> memories, each list page <paramref name="delayMs"/> slower.</summary>
    public Uri Scenario(int total, int delayMs) => new(BaseAddress, FormattableString.Invariant($"s/{total}/{delayMs}/"));

    /// <summary>Starts this program again as a server and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(CancellationToken cancellationToken = default)
    {
        var start = SelfStartInfo(ServeArgument);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The server process exited before it listened.");
            if (line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
                return new ServerProcess(process, new Uri(line[ReadyPrefix.Length..]));
        }
    }

    /// <summary>The server side: listens, prints the address, and stops when standard input closes.</summary>
    public static async Task<int> ServeAsync()
    {
        await using var server = await CannedServer.StartAsync().ConfigureAwait(false);
        Console.WriteLine(ReadyPrefix + server.BaseAddress);
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>How to start this program again with <paramref name="arguments"/> (through <c>dotnet</c> when it was started that way).</summary>
    public static ProcessStartInfo SelfStartInfo(params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return start;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
