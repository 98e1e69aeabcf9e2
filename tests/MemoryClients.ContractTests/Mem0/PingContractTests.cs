using MemoryClients.ContractTests.Support;
using MemoryClients.Mem0.Api;

namespace MemoryClients.ContractTests.Mem0;

public sealed class PingContractTests
{
    [Fact]
    public async Task Ping_sends_token_auth_and_reads_identity()
    {
        await using var contract = await ContractCase.StartAsync("mem0/ping/ok");
        using var client = Mem0Contract.Client(contract);

        var ping = await client.V1.PingAsync();

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0PingResponse>(Mem0JsonContext.Default);
        ping.OrgId.Should().Be("org_8f2c");
        ping.ProjectId.Should().Be("proj_41aa");
    }
}
