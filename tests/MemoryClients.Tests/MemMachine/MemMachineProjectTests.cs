using System.Net;
using MemoryClients.Errors;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;
using MemoryClients.Tests.MemMachine.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.MemMachine;

/// <summary>Projects: bodies for the cloud and self-hosted servers, and every branch of get-or-create.</summary>
public sealed class MemMachineProjectTests
{
    private const string Project = """{"org_id":"org_1","project_id":"support","description":"Help desk","config":{"reranker":"","embedder":""}}""";

    [Fact]
    public async Task Get_or_create_returns_an_existing_project_without_creating()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Project);
        using var client = MemMachineTestClient.Cloud(handler);

        var project = await client.GetOrCreateProjectAsync("support");

        project.ProjectId.Should().Be("support");
        handler.Requests.Select(r => r.Path).Should().Equal("/v2/projects/get");
    }

    [Fact]
    public async Task Get_or_create_creates_on_404()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.NotFound, """{"code":404,"message":"project not found"}""").Respond(HttpStatusCode.Created, Project);
        using var client = MemMachineTestClient.Cloud(handler);

        var project = await client.GetOrCreateProjectAsync("support", new MemMachineCreateProjectOptions { Description = "Help desk" });

        project.Description.Should().Be("Help desk");
        handler.Requests.Select(r => r.Path).Should().Equal("/v2/projects/get", "/v2/projects");
        handler.Requests[1].Body.Should().Be("""{"project_id":"support","description":"Help desk"}""");
    }

    [Fact]
    public async Task Get_or_create_reads_again_when_a_concurrent_create_wins_with_409()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.NotFound, """{"detail":"Project does not exist"}""")
            .Respond(HttpStatusCode.Conflict, """{"detail":{"code":409,"message":"Project already exists","exception":"SessionAlreadyExistsError","internal_error":"","trace":""}}""")
            .Respond(HttpStatusCode.OK, """{"org_id":"universal","project_id":"support","description":"theirs","config":{}}""");
        using var client = MemMachineTestClient.SelfHosted(handler);

        var project = await client.GetOrCreateProjectAsync("support");

        project.Description.Should().Be("theirs");
        handler.Requests.Select(r => r.Path).Should().Equal("/api/v2/projects/get", "/api/v2/projects", "/api/v2/projects/get");
        handler.Requests.Select(r => r.Body).Should().Equal(
            """{"org_id":"universal","project_id":"support"}""",
            """{"org_id":"universal","project_id":"support"}""",
            """{"org_id":"universal","project_id":"support"}""");
    }

    [Fact]
    public async Task Get_or_create_lets_other_create_failures_through()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.NotFound, """{"detail":"Project does not exist"}""")
            .Respond(HttpStatusCode.UnprocessableEntity, """{"detail":"invalid argument: unknown embedder 'nope'"}""");
        using var client = MemMachineTestClient.SelfHosted(handler);

        (await client.Invoking(c => c.GetOrCreateProjectAsync("support")).Should().ThrowExactlyAsync<MemoryValidationException>())
            .Which.ServiceMessage.Should().Be("invalid argument: unknown embedder 'nope'");
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Get_or_create_does_not_create_when_the_read_fails_otherwise()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.InternalServerError, "Internal Server Error", "text/plain");
        using var client = MemMachineTestClient.Cloud(handler);

        await client.Invoking(c => c.GetOrCreateProjectAsync("support")).Should().ThrowExactlyAsync<MemoryServerException>();
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_self_hosted_create_sends_org_id_and_the_full_configuration()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.Created, """{"org_id":"acme","project_id":"support","description":"","config":{"backend":"event","reranker":"bm25","embedder":"","vector_graph_store":"","vector_store":"qdrant","segment_store":"pg","properties_schema":{"tier":"str"}}}""");
        var options = MemMachineTestClient.SelfHostedOptions();
        options.OrgId = "acme";
        using var client = MemMachineTestClient.Create(handler, options);

        var project = await client.CreateProjectAsync("support", new MemMachineCreateProjectOptions
        {
            Config = new MemMachineProjectConfig
            {
                Backend = MemMachineProjectBackend.Event,
                Reranker = "bm25",
                VectorStore = "qdrant",
                SegmentStore = "pg",
                PropertiesSchema = new Dictionary<string, MemMachinePropertyType> { ["tier"] = MemMachinePropertyType.Str },
            },
        });

        handler.Requests.Single().Body.Should().Be(
            """{"org_id":"acme","project_id":"support","config":{"backend":"event","reranker":"bm25","vector_store":"qdrant","segment_store":"pg","properties_schema":{"tier":"str"}}}""");
        project.Config!.PropertiesSchema.Should().ContainKey("tier").WhoseValue.Should().Be(MemMachinePropertyType.Str);
    }

    [Fact]
    public async Task Get_delete_and_count_send_only_the_scope()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Project).Respond(HttpStatusCode.NoContent, "").Respond(HttpStatusCode.OK, """{"count":12}""");
        using var client = MemMachineTestClient.Cloud(handler);

        await client.GetProjectAsync();
        await client.DeleteProjectAsync("support");
        var count = await client.GetEpisodeCountAsync("support");

        count.Should().Be(12);
        handler.Requests.Select(r => (r.Path, r.Body)).Should().Equal(
            ("/v2/projects/get", """{"project_id":""}"""),
            ("/v2/projects/delete", """{"project_id":"support"}"""),
            ("/v2/projects/episode_count/get", """{"project_id":"support"}"""));
    }

    [Fact]
    public async Task Listing_projects_posts_no_body_and_reads_both_shapes()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """[{"org_id":"universal","project_id":"support"},{"org_id":"universal","project_id":"sales"}]""");
        using var client = MemMachineTestClient.SelfHosted(handler);

        var projects = await client.ListProjectsAsync();

        projects.Select(p => p.ProjectId).Should().Equal("support", "sales");
        projects.Should().OnlyContain(p => p.Config == null && p.Description == null, "self-hosted servers list ids only");
        var request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Post);
        request.Path.Should().Be("/api/v2/projects/list");
        request.Body.Should().BeNull("a request without a body sends none, not Content-Length: 0, as the official clients do");
    }

    [Fact]
    public async Task The_default_project_comes_from_the_options_and_later_option_changes_do_not_leak_in()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"count":1}""").Respond(HttpStatusCode.OK, """{"count":1}""");
        var options = MemMachineTestClient.CloudOptions();
        options.ProjectId = "support";
        using var client = MemMachineTestClient.Create(handler, options);

        await client.GetEpisodeCountAsync();
        options.ProjectId = "sales";
        await client.GetEpisodeCountAsync();

        handler.Requests.Select(r => r.Body).Should().Equal("""{"project_id":"support"}""", """{"project_id":"support"}""");
    }
}
