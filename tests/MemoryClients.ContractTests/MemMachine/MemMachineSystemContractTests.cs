using MemoryClients.ContractTests.Support;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.ContractTests.MemMachine;

public sealed class MemMachineSystemContractTests
{
    [Fact]
    public async Task Cloud_health_is_read_from_the_host_root()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/health/cloud");
        using var client = MemMachineContract.Cloud(contract);

        var health = await client.PingAsync();

        contract.AssertRequest();
        contract.AssertResponseMapsTo<MemMachineGetHealthResponse>(MemMachineJsonContext.Default);
        health.Status.Should().Be("healthy");
        health.Version.Should().Be("0.3.10");
    }

    [Fact]
    public async Task Self_hosted_health_is_under_the_api_root()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/health/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var health = await client.PingAsync();

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineGetHealthResponse>(MemMachineJsonContext.Default);
        health.Service.Should().Be("memmachine");
    }

    [Theory]
    [InlineData("cloud")]
    [InlineData("self-hosted")]
    public async Task Metrics_are_prometheus_text(string variant)
    {
        await using var contract = await ContractCase.StartAsync($"memmachine/metrics/{variant}");
        using var client = variant == "cloud" ? MemMachineContract.Cloud(contract) : MemMachineContract.SelfHosted(contract);

        var metrics = await client.GetMetricsAsync();

        contract.AssertRequest();
        metrics.Should().Be(contract.ResponseBody!.GetValue<string>());
        metrics.Should().Contain("memmachine_requests_total{method=\"POST\",path=\"/api/v2/memories\"} 128.0");
    }
}
