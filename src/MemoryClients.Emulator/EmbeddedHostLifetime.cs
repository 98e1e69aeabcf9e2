namespace MemoryClients.Emulator;

/// <summary>Keeps the emulator's host away from Ctrl+C and SIGTERM: whoever started it decides when it stops.</summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
