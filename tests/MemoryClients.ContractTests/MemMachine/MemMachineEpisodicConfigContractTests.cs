using MemoryClients.ContractTests.Support;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.ContractTests.MemMachine;

/// <summary>The self-hosted per-project episodic memory switches (note the singular <c>/memory/</c> in their paths).</summary>
public sealed class MemMachineEpisodicConfigContractTests
{
    private static readonly MemMachineProjectScope Scope = new() { OrgId = MemMachineContract.OrgId, ProjectId = MemMachineContract.ProjectId };

    [Fact]
    public async Task Get_episodic_config()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/episodic-config-get/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var config = await client.V2.GetEpisodicMemoryConfigAsync(Scope);

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineEpisodicMemoryConfig>(MemMachineJsonContext.Default);
        config.Enabled.Should().BeTrue();
        config.ShortTermMemoryEnabled.Should().BeFalse();
    }

    [Fact]
    public async Task Set_episodic_config_sends_only_the_switches_given()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/episodic-config-set/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        await client.V2.ConfigureEpisodicMemoryAsync(new MemMachineConfigureEpisodicMemoryRequest
        {
            OrgId = MemMachineContract.OrgId,
            ProjectId = MemMachineContract.ProjectId,
            LongTermMemoryEnabled = true,
            ShortTermMemoryEnabled = false,
        });

        contract.AssertSelfHostedRequest();
    }

    [Theory]
    [InlineData("short-term", false)]
    [InlineData("long-term", true)]
    public async Task Get_store_config(string store, bool enabled)
    {
        await using var contract = await ContractCase.StartAsync($"memmachine/{store}-config-get/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var config = store == "short-term"
            ? await client.V2.GetShortTermMemoryConfigAsync(Scope)
            : await client.V2.GetLongTermMemoryConfigAsync(Scope);

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineMemoryStoreConfig>(MemMachineJsonContext.Default);
        config.Enabled.Should().Be(enabled);
    }

    [Theory]
    [InlineData("short-term", true)]
    [InlineData("long-term", false)]
    public async Task Set_store_config(string store, bool enabled)
    {
        await using var contract = await ContractCase.StartAsync($"memmachine/{store}-config-set/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);
        var request = new MemMachineConfigureMemoryStoreRequest { OrgId = MemMachineContract.OrgId, ProjectId = MemMachineContract.ProjectId, Enabled = enabled };

        if (store == "short-term")
            await client.V2.ConfigureShortTermMemoryAsync(request);
        else
            await client.V2.ConfigureLongTermMemoryAsync(request);

        contract.AssertSelfHostedRequest();
    }
}
