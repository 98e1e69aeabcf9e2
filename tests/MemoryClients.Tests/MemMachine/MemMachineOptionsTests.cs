using System.Net;
using MemoryClients.MemMachine;
using MemoryClients.Tests.MemMachine.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.MemMachine;

/// <summary>Options: defaults per deployment and the rules checked at construction, before any connection.</summary>
public sealed class MemMachineOptionsTests
{
    [Fact]
    public void The_cloud_needs_a_key()
    {
        var options = MemMachineTestClient.CloudOptions();
        options.ApiKey = "";

        var construct = () => new MemMachineClient(new HttpClient(new ScriptedHandler()), options);

        construct.Should().ThrowExactly<InvalidOperationException>().Which.Message.Should().Contain("MEMMACHINE_API_KEY");
    }

    [Fact]
    public void A_self_hosted_server_needs_no_key()
    {
        var construct = () => new MemMachineClient(new HttpClient(new ScriptedHandler()), MemMachineTestClient.SelfHostedOptions()).Dispose();

        construct.Should().NotThrow();
    }

    [Fact]
    public void Org_id_is_refused_for_the_cloud()
    {
        var options = MemMachineTestClient.CloudOptions();
        options.OrgId = "acme";

        var construct = () => new MemMachineClient(new HttpClient(new ScriptedHandler()), options);

        construct.Should().ThrowExactly<ArgumentException>().Which.ParamName.Should().Be("OrgId");
    }

    [Theory]
    [InlineData("acme/eu")]
    [InlineData("")]
    public void A_self_hosted_org_id_follows_the_id_rule_and_is_not_empty(string orgId)
    {
        var options = MemMachineTestClient.SelfHostedOptions();
        options.OrgId = orgId;

        var construct = () => new MemMachineClient(new HttpClient(new ScriptedHandler()), options);

        construct.Should().ThrowExactly<ArgumentException>().Which.ParamName.Should().Be("OrgId");
    }

    [Theory]
    [InlineData(MemMachineDeployment.SelfHosted, "")]
    [InlineData(MemMachineDeployment.Cloud, "a b")]
    public void The_default_project_id_follows_the_id_rule(MemMachineDeployment deployment, string projectId)
    {
        var options = deployment == MemMachineDeployment.Cloud ? MemMachineTestClient.CloudOptions() : MemMachineTestClient.SelfHostedOptions();
        options.ProjectId = projectId;

        var construct = () => new MemMachineClient(new HttpClient(new ScriptedHandler()), options);

        construct.Should().ThrowExactly<ArgumentException>().Which.ParamName.Should().Be("ProjectId");
    }

    [Fact]
    public void An_unknown_deployment_is_refused()
    {
        var options = MemMachineTestClient.CloudOptions();
        options.Deployment = (MemMachineDeployment)7;

        var construct = () => new MemMachineClient(new HttpClient(new ScriptedHandler()), options);

        construct.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Deployment");
    }

    [Fact]
    public void Plain_http_to_another_host_needs_an_explicit_opt_in()
    {
        var options = MemMachineTestClient.SelfHostedOptions();
        options.BaseAddress = new Uri("http://memmachine.internal:8080/api/v2");

        var refused = () => new MemMachineClient(new HttpClient(new ScriptedHandler()), options);
        refused.Should().ThrowExactly<ArgumentException>().Which.ParamName.Should().Be("BaseAddress");

        options.AllowInsecureHttp = true;
        var allowed = () => new MemMachineClient(new HttpClient(new ScriptedHandler()), options).Dispose();
        allowed.Should().NotThrow();
    }

    [Fact]
    public async Task The_default_addresses_are_the_cloud_and_a_local_server()
    {
        var cloud = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"count":0}""").Respond(HttpStatusCode.OK, """{"status":"healthy"}""");
        var local = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"count":0}""");
        var cloudOptions = MemMachineTestClient.CloudOptions();
        cloudOptions.BaseAddress = null;
        var localOptions = MemMachineTestClient.SelfHostedOptions();
        localOptions.BaseAddress = null;
        using var cloudClient = MemMachineTestClient.Create(cloud, cloudOptions);
        using var localClient = MemMachineTestClient.Create(local, localOptions);

        await cloudClient.GetEpisodeCountAsync();
        await cloudClient.PingAsync();
        await localClient.GetEpisodeCountAsync();

        cloud.Requests.Select(r => r.Uri.AbsoluteUri).Should().Equal("https://api.memmachine.ai/v2/projects/episode_count/get", "https://api.memmachine.ai/health");
        local.Requests.Single().Uri.AbsoluteUri.Should().Be("http://localhost:8080/api/v2/projects/episode_count/get");
    }

    [Fact]
    public async Task A_proxy_prefix_survives_on_every_route()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"count":0}""").Respond(HttpStatusCode.OK, """{"status":"healthy"}""");
        var options = MemMachineTestClient.CloudOptions();
        options.BaseAddress = new Uri("https://gateway.example/memmachine/v2");
        using var client = MemMachineTestClient.Create(handler, options);

        await client.GetEpisodeCountAsync();
        await client.PingAsync();

        handler.Requests.Select(r => r.Uri.AbsoluteUri).Should().Equal(
            "https://gateway.example/memmachine/v2/projects/episode_count/get",
            "https://gateway.example/memmachine/health");
    }
}
