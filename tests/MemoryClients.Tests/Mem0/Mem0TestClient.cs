using MemoryClients.Mem0;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0;

/// <summary>A <see cref="Mem0Client"/> over a <see cref="ScriptedHandler"/>, retries off.</summary>
internal static class Mem0TestClient
{
    public static readonly Uri BaseAddress = new("https://api.mem0.test/");

    public static Mem0Client Create(ScriptedHandler handler) =>
        new(new HttpClient(handler), new Mem0ClientOptions
        {
            ApiKey = "unit-test-key",
            BaseAddress = BaseAddress,
            Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
        });
}
