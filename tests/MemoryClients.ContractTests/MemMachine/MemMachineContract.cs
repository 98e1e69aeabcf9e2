using MemoryClients.ContractTests.Support;
using MemoryClients.Http;
using MemoryClients.MemMachine;

namespace MemoryClients.ContractTests.MemMachine;

/// <summary>
/// Creates MemMachine clients aimed at a contract case's WireMock server, with retries off so one mapping means one exchange:
/// a cloud client (API root <c>/v2/</c>, Bearer key) and a self-hosted one (API root <c>/api/v2/</c>, no key, org <c>acme</c>).
/// </summary>
internal static class MemMachineContract
{
    public const string ApiKey = "test-key";
    public const string OrgId = "acme";
    public const string ProjectId = "support";

    /// <param name="contract">The case whose stub the client talks to.</param>
    /// <param name="defaultProjectId">The client's default project.</param>
    /// <param name="blocking">Sends every call through the blocking entry of the handler chain (the synchronous client's path).</param>
    public static MemMachineClient Cloud(ContractCase contract, string? defaultProjectId = null, bool blocking = false)
    {
        var options = new MemMachineClientOptions
        {
            ApiKey = ApiKey,
            BaseAddress = new Uri(contract.BaseAddress, "v2/"),
            DefaultProjectId = defaultProjectId,
            Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
        };
        return blocking
            ? new MemMachineClient(ApiTransport.Create(options, httpClient: null, alwaysBlocking: true), options.ResolveSettings())
            : new MemMachineClient(options);
    }

    /// <summary>A keyless self-hosted client; the empty key is explicit so <c>MEMMACHINE_API_KEY</c> in the environment cannot leak in.</summary>
    public static MemMachineClient SelfHosted(ContractCase contract) => new(new MemMachineClientOptions
    {
        Deployment = MemMachineDeployment.SelfHosted,
        ApiKey = "",
        OrgId = OrgId,
        DefaultProjectId = ProjectId,
        BaseAddress = new Uri(contract.BaseAddress, "api/v2/"),
        Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
    });

    /// <summary>Asserts the case's request and that a keyless self-hosted client sent no <c>Authorization</c> header.</summary>
    public static RecordedRequest AssertSelfHostedRequest(this ContractCase contract)
    {
        var request = contract.AssertRequest();
        request.Headers.Should().NotContainKey("Authorization", "a keyless self-hosted client sends no credentials");
        return request;
    }
}
