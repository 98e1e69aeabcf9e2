using MemoryClients.ContractTests.Support;
using MemoryClients.Http;
using MemoryClients.Mem0;

namespace MemoryClients.ContractTests.Mem0;

/// <summary>Creates a Mem0 client aimed at a contract case's WireMock server, with retries off so one mapping means one exchange.</summary>
internal static class Mem0Contract
{
    public const string ApiKey = "test-key";

    /// <param name="contract">The case whose stub the client talks to.</param>
    /// <param name="blocking">Sends every call through the blocking entry of the handler chain (the synchronous client's path).</param>
    public static Mem0Client Client(ContractCase contract, bool blocking = false)
    {
        var options = new Mem0ClientOptions
        {
            ApiKey = ApiKey,
            BaseAddress = contract.BaseAddress,
            Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
        };
        return blocking
            ? new Mem0Client(ApiTransport.Create(options, httpClient: null, alwaysBlocking: true))
            : new Mem0Client(options);
    }
}
