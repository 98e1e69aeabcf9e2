using MemoryClients.Mem0;
using MemoryClients.MemMachine;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>
/// One in-process emulator per test class (port 0, 127.0.0.1) and SDK clients pointed at it. Retries use millisecond
/// delays so fault tests never wait for real; every test isolates itself with fresh user or project ids.
/// </summary>
public class EndToEndFixture : IAsyncLifetime
{
    public const string Mem0Key = "e2e-mem0-key";
    public const string MemMachineKey = "e2e-memmachine-key";

    /// <summary>The cap on an honoured Retry-After; the emulator's Retry-After values (1 s and more) are cut to this.</summary>
    public static readonly TimeSpan RetryAfterCap = TimeSpan.FromMilliseconds(20);

    private readonly List<IDisposable> _owned = [];

    public MemoryEmulator Emulator { get; private set; } = null!;

    /// <summary>A shared Mem0 client with fast retries.</summary>
    public Mem0Client Mem0 { get; private set; } = null!;

    /// <summary>A shared MemMachine (cloud mode) client with fast retries.</summary>
    public MemMachineClient MemMachine { get; private set; } = null!;

    protected virtual MemoryEmulatorOptions Options => new() { Mem0ApiKey = Mem0Key, MemMachineApiKey = MemMachineKey };

    public async Task InitializeAsync()
    {
        Emulator = await MemoryEmulator.StartAsync(Options);
        Mem0 = CreateMem0();
        MemMachine = CreateMemMachine();
    }

    public async Task DisposeAsync()
    {
        lock (_owned)
        {
            foreach (var item in _owned) item.Dispose();
        }
        await Emulator.DisposeAsync();
    }

    /// <summary>Retries with 1–5 ms backoff and a 20 ms Retry-After cap.</summary>
    public static MemoryResilienceOptions FastRetries(int maxRetries = 3, TimeSpan? attemptTimeout = null) => new()
    {
        MaxRetries = maxRetries,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryAfter = RetryAfterCap,
        AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(10),
        TotalTimeout = TimeSpan.FromSeconds(20),
    };

    /// <summary>A Mem0 client; with <paramref name="faultHeader"/> every request carries <c>X-Emulator-Fault</c>.</summary>
    public Mem0Client CreateMem0(MemoryResilienceOptions? resilience = null, string apiKey = Mem0Key, string? faultHeader = null)
    {
        var options = new Mem0ClientOptions { ApiKey = apiKey, BaseAddress = Emulator.Mem0BaseAddress, Resilience = resilience ?? FastRetries() };
        return Own(faultHeader is null ? new Mem0Client(options) : new Mem0Client(FaultClient(faultHeader), options));
    }

    /// <summary>A cloud-mode MemMachine client; with <paramref name="faultHeader"/> every request carries <c>X-Emulator-Fault</c>.</summary>
    public MemMachineClient CreateMemMachine(MemoryResilienceOptions? resilience = null, string apiKey = MemMachineKey, string? faultHeader = null)
    {
        var options = new MemMachineClientOptions
        {
            ApiKey = apiKey,
            BaseAddress = Emulator.MemMachineBaseAddress,
            Resilience = resilience ?? FastRetries(),
        };
        return Own(faultHeader is null ? new MemMachineClient(options) : new MemMachineClient(FaultClient(faultHeader), options));
    }

    /// <summary>A fresh id so tests sharing the emulator never see each other's data.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private HttpClient FaultClient(string faultHeader)
    {
        var http = Own(new HttpClient());
        http.DefaultRequestHeaders.Add("X-Emulator-Fault", faultHeader);
        return http;
    }

    private T Own<T>(T item) where T : IDisposable
    {
        lock (_owned) _owned.Add(item);
        return item;
    }
}
