using System.Text.Json;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.Tests.Json;

/// <summary>Fields a model does not declare yet are kept, so a new server field is never lost.</summary>
public sealed class ExtensionDataTests
{
    [Fact]
    public void Unknown_mem0_fields_are_kept_in_additional_properties()
    {
        var ping = JsonSerializer.Deserialize("""{"status":"ok","org_id":"o","region":"eu-west","limits":{"rpm":600}}""", Mem0JsonContext.Default.Mem0PingResponse)!;

        ping.OrgId.Should().Be("o");
        ping.AdditionalProperties.Should().NotBeNull();
        ping.AdditionalProperties!["region"].GetString().Should().Be("eu-west");
        ping.AdditionalProperties["limits"].GetProperty("rpm").GetInt32().Should().Be(600);
    }

    [Fact]
    public void Unknown_memmachine_fields_are_kept_in_additional_properties()
    {
        var project = JsonSerializer.Deserialize("""{"project_id":"support","shard":"b"}""", MemMachineJsonContext.Default.MemMachineProject)!;

        project.AdditionalProperties!["shard"].GetString().Should().Be("b");
    }

    [Fact]
    public void Known_fields_leave_the_bag_empty()
    {
        var ping = JsonSerializer.Deserialize("""{"status":"ok"}""", Mem0JsonContext.Default.Mem0PingResponse)!;

        ping.AdditionalProperties.Should().BeNull();
    }
}
