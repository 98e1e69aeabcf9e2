namespace MemoryClients.Emulator.Tests.Unified;

/// <summary>One in-process emulator for a behavioural test class.</summary>
public sealed class UnifiedEmulatorFixture : IAsyncLifetime
{
    public MemoryEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync() => Emulator = await MemoryEmulator.StartAsync();

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}
