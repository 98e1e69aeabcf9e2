using MemoryClients.Emulator;
using MemoryClients.Emulator.Faults;

namespace MemoryClients.Extensions.AI.Tests.Support;

/// <summary>
/// The base of every suite that runs for both providers: real <see cref="AsyncMemoryClient"/>s against the emulator,
/// fresh user scopes, and a client whose every request fails with HTTP 500 (emulator fault header).
/// </summary>
public abstract class ProviderTestBase : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    protected ProviderTestBase(MemoryEmulator emulator)
    {
        Emulator = emulator;
        Memory = Own(new AsyncMemoryClient(Options()));
    }

    protected MemoryEmulator Emulator { get; }

    protected abstract MemoryProvider Provider { get; }

    /// <summary>A working client for the provider.</summary>
    protected IMemoryClient Memory { get; }

    /// <summary>Stores text verbatim, so tests can assert exactly what was stored (Mem0 would otherwise extract facts).</summary>
    protected static MemoryAddOptions Verbatim { get; } = new() { Infer = false };

    protected MemoryClientOptions Options() => new()
    {
        Provider = Provider,
        ApiKey = "emulator-key",
        BaseAddress = Provider == MemoryProvider.Mem0 ? Emulator.Mem0BaseAddress : Emulator.MemMachineBaseAddress,
        ProjectId = Provider == MemoryProvider.MemMachine ? "ai-tests" : null,
        Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
    };

    /// <summary>A client whose every request is answered with HTTP 500 by the emulator.</summary>
    protected IMemoryClient FailingMemory()
    {
        var http = Own(new HttpClient());
        http.DefaultRequestHeaders.Add(FaultInjector.HeaderName, "status=500");
        return Own(new AsyncMemoryClient(http, Options()));
    }

    /// <summary>A client whose requests go through <paramref name="handler"/>, so a test can make the service hang or refuse connections.</summary>
    protected IMemoryClient MemoryThrough(UnreliableHandler handler) => Own(new AsyncMemoryClient(Own(new HttpClient(handler)), Options()));

    protected static MemoryScope NewUser() => MemoryScope.ForUser("u-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Every memory of a scope, straight from the service.</summary>
    protected async Task<List<MemoryRecord>> StoredAsync(MemoryScope scope)
    {
        var records = new List<MemoryRecord>();
        await foreach (var record in Memory.ListAsync(scope))
            records.Add(record);
        return records;
    }

    protected async Task SeedAsync(MemoryScope scope, params string[] facts) =>
        await Memory.AddAsync([.. facts.Select(MemoryMessage.User)], scope, Verbatim);

    protected T Own<T>(T item) where T : IDisposable
    {
        _owned.Add(item);
        return item;
    }

    public void Dispose()
    {
        foreach (var item in _owned) item.Dispose();
        GC.SuppressFinalize(this);
    }
}
