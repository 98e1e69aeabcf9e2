using System.Net;
using MemoryClients.ContractTests.Support;
using MemoryClients.Errors;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.ContractTests.MemMachine;

public sealed class MemMachineProjectContractTests
{
    [Fact]
    public async Task Create_on_the_cloud_sends_id_and_description_only()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/create-project/cloud");
        using var client = MemMachineContract.Cloud(contract);

        var project = await client.CreateProjectAsync("support", new MemMachineCreateProjectOptions { Description = "Help desk assistant" });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<MemMachineProject>(MemMachineJsonContext.Default);
        project.OrgId.Should().Be("org_2f9c41");
        project.Config!.Embedder.Should().BeEmpty();
    }

    [Fact]
    public async Task Create_self_hosted_sends_org_id_and_configuration()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/create-project/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var project = await client.CreateProjectAsync("support", new MemMachineCreateProjectOptions
        {
            Description = "Help desk assistant",
            Config = new MemMachineProjectConfig
            {
                Backend = MemMachineProjectBackend.Event,
                Reranker = "bm25",
                Embedder = "openai_embedder",
                VectorStore = "qdrant_main",
                SegmentStore = "postgres_main",
                PropertiesSchema = new Dictionary<string, MemMachinePropertyType> { ["tier"] = MemMachinePropertyType.Str, ["priority"] = MemMachinePropertyType.Int },
            },
        });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineProject>(MemMachineJsonContext.Default);
        project.Config!.Backend.Should().Be(MemMachineProjectBackend.Event);
        project.Config.PropertiesSchema.Should().Contain("priority", "int");
    }

    [Fact]
    public async Task Create_of_an_existing_project_is_a_409_validation_error()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/create-project/self-hosted-conflict");
        using var client = MemMachineContract.SelfHosted(contract);

        var error = (await client.Invoking(c => c.CreateProjectAsync("support")).Should().ThrowExactlyAsync<MemoryValidationException>()).Which;

        contract.AssertSelfHostedRequest();
        error.StatusCode.Should().Be(HttpStatusCode.Conflict);
        error.ServiceMessage.Should().Be("Project already exists (Session 'acme/support' already exists)");
        error.ServiceErrorCode.Should().Be("409");
        error.Provider.Should().Be(MemoryProvider.MemMachine);
    }

    [Fact]
    public async Task Get_on_the_cloud()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/get-project/cloud");
        using var client = MemMachineContract.Cloud(contract);

        var project = await client.GetProjectAsync("support");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<MemMachineProject>(MemMachineJsonContext.Default);
        project.Description.Should().Be("Help desk assistant");
    }

    [Fact]
    public async Task Get_of_the_cloud_default_project_sends_an_empty_id()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/get-project/cloud-default-project");
        using var client = MemMachineContract.Cloud(contract);

        var project = await client.GetProjectAsync();

        contract.AssertRequest();
        contract.AssertResponseMapsTo<MemMachineProject>(MemMachineJsonContext.Default);
        project.ProjectId.Should().Be("default");
    }

    [Fact]
    public async Task Get_self_hosted_reads_the_full_configuration()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/get-project/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var project = await client.GetProjectAsync();

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineProject>(MemMachineJsonContext.Default);
        project.Config!.VectorStore.Should().Be("qdrant_main");
        project.Config.VectorGraphStore.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_of_a_missing_project_is_not_found()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/get-project/self-hosted-not-found");
        using var client = MemMachineContract.SelfHosted(contract);

        var error = (await client.Invoking(c => c.GetProjectAsync("archive")).Should().ThrowExactlyAsync<MemoryNotFoundException>()).Which;

        contract.AssertSelfHostedRequest();
        error.ServiceMessage.Should().Be("Project does not exist");
        error.ServiceErrorCode.Should().BeNull();
    }

    [Fact]
    public async Task List_on_the_cloud_returns_full_projects()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/list-projects/cloud");
        using var client = MemMachineContract.Cloud(contract);

        var projects = await client.ListProjectsAsync();

        contract.AssertRequest();
        contract.AssertResponseMapsTo<IReadOnlyList<MemMachineProject>>(MemMachineJsonContext.Default);
        projects.Select(p => p.ProjectId).Should().Equal("support", "sales");
    }

    [Fact]
    public async Task List_self_hosted_returns_ids_only()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/list-projects/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var projects = await client.ListProjectsAsync();

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<IReadOnlyList<MemMachineProject>>(MemMachineJsonContext.Default);
        projects.Select(p => $"{p.OrgId}/{p.ProjectId}").Should().Equal("acme/support", "universal/universal");
        projects.Should().OnlyContain(p => p.Config == null);
    }

    [Theory]
    [InlineData("cloud")]
    [InlineData("self-hosted")]
    public async Task Delete_sends_the_scope_and_accepts_204(string variant)
    {
        await using var contract = await ContractCase.StartAsync($"memmachine/delete-project/{variant}");
        using var client = variant == "cloud" ? MemMachineContract.Cloud(contract) : MemMachineContract.SelfHosted(contract);

        await client.DeleteProjectAsync("support");

        contract.AssertRequest().Method.Should().Be("POST");
    }

    [Fact]
    public async Task Episode_count_on_the_cloud()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/episode-count/cloud");
        using var client = MemMachineContract.Cloud(contract, defaultProjectId: "support");

        var count = await client.GetEpisodeCountAsync();

        contract.AssertRequest();
        contract.AssertResponseMapsTo<MemMachineGetEpisodeCountResponse>(MemMachineJsonContext.Default);
        count.Should().Be(1284);
    }

    [Fact]
    public async Task Episode_count_self_hosted()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/episode-count/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var count = await client.GetEpisodeCountAsync("support");

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineGetEpisodeCountResponse>(MemMachineJsonContext.Default);
        count.Should().Be(0);
    }
}
