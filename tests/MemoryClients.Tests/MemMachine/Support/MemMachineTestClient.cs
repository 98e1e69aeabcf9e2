using MemoryClients.MemMachine;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.MemMachine.Support;

/// <summary>Clients aimed at a <see cref="ScriptedHandler"/>, with retries off so one script entry means one exchange.</summary>
internal static class MemMachineTestClient
{
    public const string ApiKey = "mm_live_test_4f9a";
    public static readonly Uri CloudRoot = new("https://api.memmachine.test/v2/");
    public static readonly Uri SelfHostedRoot = new("http://localhost:8080/api/v2/");

    public static MemMachineClientOptions CloudOptions() => new()
    {
        ApiKey = ApiKey,
        BaseAddress = CloudRoot,
        Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
    };

    /// <summary>Self-hosted without a key: an empty key is explicit, so <c>MEMMACHINE_API_KEY</c> in the environment cannot leak in.</summary>
    public static MemMachineClientOptions SelfHostedOptions() => new()
    {
        Deployment = MemMachineDeployment.SelfHosted,
        ApiKey = "",
        BaseAddress = SelfHostedRoot,
        Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
    };

    public static MemMachineClient Cloud(ScriptedHandler handler) => new(new HttpClient(handler), CloudOptions());

    public static MemMachineClient SelfHosted(ScriptedHandler handler) => new(new HttpClient(handler), SelfHostedOptions());

    public static MemMachineClient Create(ScriptedHandler handler, MemMachineClientOptions options) => new(new HttpClient(handler), options);
}
