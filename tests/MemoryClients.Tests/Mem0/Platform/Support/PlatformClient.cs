using MemoryClients.Mem0;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0.Platform.Support;

/// <summary>Builds a <see cref="Mem0Client"/> over a <see cref="ScriptedHandler"/>, retries off unless given.</summary>
public static class PlatformClient
{
    public static readonly Uri BaseAddress = new("https://mem0.test/");

    public const string PingJson = """{"status":"ok","org_id":"org_1","project_id":"proj_1","user_email":"dev@example.com"}""";

    public static Mem0Client Create(ScriptedHandler handler, TimeProvider? time = null, MemoryResilienceOptions? resilience = null) =>
        new(new HttpClient(handler), new Mem0ClientOptions
        {
            ApiKey = "unit-test-key",
            BaseAddress = BaseAddress,
            Resilience = resilience ?? new MemoryResilienceOptions { MaxRetries = 0 },
            TimeProvider = time ?? TimeProvider.System,
        });
}
