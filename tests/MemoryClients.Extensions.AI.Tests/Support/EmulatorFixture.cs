using MemoryClients.Emulator;

namespace MemoryClients.Extensions.AI.Tests.Support;

/// <summary>One in-process emulator (127.0.0.1, port 0) per test class; tests isolate themselves with fresh user ids.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public MemoryEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync() => Emulator = await MemoryEmulator.StartAsync();

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}
