using System.Net.Http.Headers;

namespace MemoryClients.Emulator.Tests.Emulator.Support;

/// <summary>One in-process emulator on port 0 per test class, with clients for both services.</summary>
public class EmulatorFixture : IAsyncLifetime
{
    public const string Mem0Key = "m0-test-key";
    public const string MemMachineKey = "mm-test-key";

    public MemoryEmulator Emulator { get; private set; } = null!;

    public EmulatorApi Mem0 { get; private set; } = null!;

    public EmulatorApi MemMachine { get; private set; } = null!;

    /// <summary>A client for the server root, without credentials.</summary>
    public EmulatorApi Root { get; private set; } = null!;

    protected virtual MemoryEmulatorOptions Options => new() { Mem0ApiKey = Mem0Key, MemMachineApiKey = MemMachineKey };

    public virtual async Task InitializeAsync()
    {
        Emulator = await MemoryEmulator.StartAsync(Options);
        var mem0 = new HttpClient { BaseAddress = Emulator.Mem0BaseAddress };
        mem0.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", Mem0Key);
        Mem0 = new EmulatorApi(mem0);
        var memMachine = new HttpClient { BaseAddress = Emulator.MemMachineBaseAddress };
        memMachine.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MemMachineKey);
        MemMachine = new EmulatorApi(memMachine);
        Root = new EmulatorApi(new HttpClient { BaseAddress = Emulator.BaseAddress });
    }

    public async Task DisposeAsync()
    {
        Mem0.Client.Dispose();
        MemMachine.Client.Dispose();
        Root.Client.Dispose();
        await Emulator.DisposeAsync();
    }

    /// <summary>A fresh id so tests sharing the emulator never see each other's data.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
