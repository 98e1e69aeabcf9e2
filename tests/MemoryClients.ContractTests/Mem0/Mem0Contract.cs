using MemoryClients.ContractTests.Support;
using MemoryClients.Mem0;

namespace MemoryClients.ContractTests.Mem0;

/// <summary>Creates a Mem0 client aimed at a contract case's WireMock server, with retries off so one mapping means one exchange.</summary>
internal static class Mem0Contract
{
    public const string ApiKey = "test-key";

    public static Mem0Client Client(ContractCase contract) => new(new Mem0ClientOptions
    {
        ApiKey = ApiKey,
        BaseAddress = contract.BaseAddress,
        Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
    });
}
