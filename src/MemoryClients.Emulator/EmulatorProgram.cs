using MemoryClients.Emulator.Storage;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.AI;

namespace MemoryClients.Emulator;

/// <summary>
/// The standalone emulator as a command: parses <c>memory-emulator</c> arguments, starts the emulator and runs it
/// until cancelled. The <c>memory-emulator</c> tool and <c>memory emulator</c> both run this.
/// </summary>
public static class EmulatorProgram
{
    /// <summary>Exit code for success, including <c>--help</c>.</summary>
    public const int Success = 0;

    /// <summary>Exit code when the arguments are wrong, the port is busy or the data file cannot be used.</summary>
    public const int UsageError = 2;

    /// <summary>The option reference printed by <c>--help</c>.</summary>
    public static string Usage => CommandLine.Usage;

    /// <summary>Runs the emulator in the foreground until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="args">The command-line arguments (see <see cref="Usage"/>).</param>
    /// <param name="output">Where the banner, and with <c>--log-requests</c> each request, are written.</param>
    /// <param name="error">Where errors are written, one line each.</param>
    /// <param name="cancellationToken">Stops the emulator (Ctrl+C or SIGTERM in a console program).</param>
    /// <returns><see cref="Success"/> after a clean stop, <see cref="UsageError"/> when it could not start.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, null, cancellationToken);

    /// <summary>
    /// Runs the emulator in the foreground until <paramref name="cancellationToken"/> is cancelled, in a program that
    /// has an embedder: <c>--embeddings</c> then ranks search results by meaning with it.
    /// </summary>
    /// <param name="args">The command-line arguments (see <see cref="Usage"/>).</param>
    /// <param name="output">Where the banner, and with <c>--log-requests</c> each request, are written.</param>
    /// <param name="error">Where errors are written, one line each.</param>
    /// <param name="embeddingGenerator">Creates the embedder when <c>--embeddings</c> is given (it is disposed when the
    /// emulator stops); null refuses <c>--embeddings</c> with a message that names the tool which has one.</param>
    /// <param name="cancellationToken">Stops the emulator (Ctrl+C or SIGTERM in a console program).</param>
    /// <returns><see cref="Success"/> after a clean stop, <see cref="UsageError"/> when it could not start.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error,
        Func<IEmbeddingGenerator<string, Embedding<float>>>? embeddingGenerator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var options = CommandLine.Parse(args, output, embeddingGenerator, out var problem);
        if (options is null)
        {
            if (problem is null)
            {
                await output.WriteLineAsync(CommandLine.Usage).ConfigureAwait(false);
                return Success;
            }
            await error.WriteLineAsync($"memory-emulator: {problem} Run with --help to see the options.").ConfigureAwait(false);
            return UsageError;
        }

        // The generator was created for this run: it goes when the run ends.
        using var embedder = options.EmbeddingGenerator;
        MemoryEmulator emulator;
        try
        {
            emulator = await MemoryEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await error.WriteLineAsync($"memory-emulator: port {options.Port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one).").ConfigureAwait(false);
            return UsageError;
        }
        catch (EmulatorDataFileException e)
        {
            await error.WriteLineAsync($"memory-emulator: {e.Message}").ConfigureAwait(false);
            return UsageError;
        }
        catch (UnauthorizedAccessException e)
        {
            await error.WriteLineAsync($"memory-emulator: --data '{options.DataFile}' cannot be opened ({e.Message})").ConfigureAwait(false);
            return UsageError;
        }

        await using (emulator.ConfigureAwait(false))
        {
            await output.WriteLineAsync($"MemoryClients emulator listening on {emulator.BaseAddress}").ConfigureAwait(false);
            await output.WriteLineAsync($"Mem0 base address:       {emulator.Mem0BaseAddress}").ConfigureAwait(false);
            await output.WriteLineAsync($"MemMachine base address: {emulator.MemMachineBaseAddress}").ConfigureAwait(false);
            await output.WriteLineAsync($"Dashboard:               {emulator.DashboardAddress}").ConfigureAwait(false);
            await output.WriteLineAsync(options.DataFile is null ? "Data: in memory (lost on exit)" : $"Data: {Path.GetFullPath(options.DataFile)}").ConfigureAwait(false);
            await output.WriteLineAsync(embedder is null
                ? "Search: ranked by words (lexical)"
                : $"Search: ranked by meaning ({embedder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "embeddings"})").ConfigureAwait(false);
            await output.WriteLineAsync("Press Ctrl+C to stop.").ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Cancellation is the normal way to stop.
            }
        }
        await output.WriteLineAsync("Stopped.").ConfigureAwait(false);
        return Success;
    }
}
