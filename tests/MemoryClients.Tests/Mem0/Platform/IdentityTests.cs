using System.Net;
using MemoryClients.Errors;
using MemoryClients.Mem0.Api;
using MemoryClients.Tests.Mem0.Platform.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0.Platform;

/// <summary>The org and project ids come from one shared, lazy <c>GET /v1/ping/</c>; failures are not cached.</summary>
public sealed class IdentityTests
{
    private const string PingPath = "/v1/ping/";
    private const string ProjectPath = "/api/v1/orgs/organizations/org_1/projects/proj_1/";
    private const string ProjectJson = """{"project_id":"proj_1","name":"Concierge"}""";

    [Fact]
    public async Task Concurrent_first_callers_share_one_ping()
    {
        var pingGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedHandler
        {
            Fallback = async (request, _) =>
            {
                if (request.Path == PingPath)
                {
                    await pingGate.Task;
                    return ScriptedHandler.Response(HttpStatusCode.OK, PlatformClient.PingJson);
                }
                return ScriptedHandler.Response(HttpStatusCode.OK, ProjectJson);
            },
        };
        using var client = PlatformClient.Create(handler);
        using var started = new CountdownEvent(10);

        var calls = Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
        {
            started.Signal();
            return client.Project.GetAsync();
        })).ToArray();
        started.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue();
        pingGate.SetResult();
        var projects = await Task.WhenAll(calls);

        projects.Should().OnlyContain(p => p.Name == "Concierge");
        handler.Requests.Count(r => r.Path == PingPath).Should().Be(1);
        handler.Requests.Count(r => r.Path == ProjectPath).Should().Be(10);

        // Later calls, from any sub-client that needs the identity, reuse it.
        handler.Respond(HttpStatusCode.OK, "[]");
        await client.Webhooks.ListAsync();
        handler.Requests.Count(r => r.Path == PingPath).Should().Be(1);
        handler.Requests[^1].Path.Should().Be("/api/v1/webhooks/projects/proj_1/");
    }

    [Fact]
    public async Task A_failed_ping_is_retried_on_the_next_call()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.InternalServerError, """{"detail":"boom"}""")
            .Respond(HttpStatusCode.OK, PlatformClient.PingJson)
            .Respond(HttpStatusCode.OK, ProjectJson)
            .Respond(HttpStatusCode.OK, ProjectJson);
        using var client = PlatformClient.Create(handler);

        await client.Invoking(c => c.Project.GetAsync()).Should().ThrowAsync<MemoryServerException>();
        handler.Requests.Should().ContainSingle().Which.Path.Should().Be(PingPath);

        var project = await client.Project.GetAsync();
        project.ProjectId.Should().Be("proj_1");
        await client.Project.GetAsync();

        handler.Requests.Select(r => r.Path).Should().Equal(PingPath, PingPath, ProjectPath, ProjectPath);
    }

    [Fact]
    public async Task A_ping_without_project_fails_clearly_and_is_not_cached()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, """{"status":"ok","org_id":"org_1","user_email":"dev@example.com"}""")
            .Respond(HttpStatusCode.OK, PlatformClient.PingJson)
            .Respond(HttpStatusCode.OK, """{"members":[{"username":"ana","role":"OWNER"}]}""");
        using var client = PlatformClient.Create(handler);

        var error = await client.Invoking(c => c.Project.ListMembersAsync()).Should().ThrowAsync<InvalidOperationException>();
        error.Which.Message.Should().Contain("project_id");

        var members = await client.Project.ListMembersAsync();
        members.Should().ContainSingle().Which.Role.Should().Be(Mem0ProjectRole.Owner);
        handler.Requests.Count(r => r.Path == PingPath).Should().Be(2);
        handler.Requests[^1].Path.Should().Be(ProjectPath + "members/");
    }

    [Fact]
    public async Task A_cancelled_caller_stops_waiting_without_breaking_the_shared_ping()
    {
        var pingGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedHandler
        {
            Fallback = async (request, _) =>
            {
                if (request.Path == PingPath)
                    await pingGate.Task;
                return ScriptedHandler.Response(HttpStatusCode.OK, request.Path == PingPath ? PlatformClient.PingJson : ProjectJson);
            },
        };
        using var client = PlatformClient.Create(handler);
        using var cancel = new CancellationTokenSource();

        var cancelled = client.Project.GetAsync(cancellationToken: cancel.Token);
        var patient = client.Project.GetAsync();
        await cancel.CancelAsync();
        await cancelled.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();

        pingGate.SetResult();
        (await patient).ProjectId.Should().Be("proj_1");
        handler.Requests.Count(r => r.Path == PingPath).Should().Be(1);
        handler.Requests.Count(r => r.Path == ProjectPath).Should().Be(1);
    }

    [Fact]
    public async Task An_explicit_project_id_needs_no_ping()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, "[]");
        using var client = PlatformClient.Create(handler);

        var hooks = await client.Webhooks.ListAsync("proj_other");

        hooks.Should().BeEmpty();
        handler.Requests.Should().ContainSingle().Which.Path.Should().Be("/api/v1/webhooks/projects/proj_other/");
    }
}
