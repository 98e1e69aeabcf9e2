using MemoryClients.Mem0;
using MemoryClients.MemMachine;

namespace MemoryClients.Benchmarks;

/// <summary>The SDK's clients, configured for the loopback server the way an application would configure them.</summary>
public static class SdkClients
{
    /// <summary>The API key the benchmarks send (the server ignores it).</summary>
    public const string ApiKey = "bench-key";

    /// <summary>A Mem0 client for <paramref name="baseAddress"/>.</summary>
    public static Mem0Client Mem0(Uri baseAddress) =>
        new(new Mem0ClientOptions { ApiKey = ApiKey, BaseAddress = baseAddress, AllowInsecureHttp = true });

    /// <summary>A MemMachine client for the MemMachine API root <paramref name="apiRoot"/>.</summary>
    public static MemMachineClient MemMachine(Uri apiRoot) =>
        new(new MemMachineClientOptions { ApiKey = ApiKey, BaseAddress = apiRoot, AllowInsecureHttp = true });

    /// <summary>The unified client for <paramref name="provider"/> at <paramref name="baseAddress"/> (the MemMachine API root for MemMachine).</summary>
    public static AsyncMemoryClient Unified(MemoryProvider provider, Uri baseAddress) =>
        new(new MemoryClientOptions { Provider = provider, ApiKey = ApiKey, BaseAddress = baseAddress, AllowInsecureHttp = true });
}
