using System.Net;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>
/// The dashboard's files and the admin JSON it polls, over HTTP (the page itself is tested in Chromium by
/// MemoryClients.Emulator.Dashboard.Tests).
/// </summary>
public sealed class DashboardRouteTests : IAsyncLifetime
{
    private MemoryEmulator _emulator = null!;
    private EmulatorApi _root = null!;
    private EmulatorApi _mem0 = null!;
    private EmulatorApi _memMachine = null!;

    public async Task InitializeAsync()
    {
        _emulator = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { Mem0ApiKey = "dash-key" });
        _root = new EmulatorApi(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _emulator.BaseAddress });
        var mem0 = new HttpClient { BaseAddress = _emulator.Mem0BaseAddress };
        mem0.DefaultRequestHeaders.Add("Authorization", "Token dash-key");
        _mem0 = new EmulatorApi(mem0);
        _memMachine = new EmulatorApi(new HttpClient { BaseAddress = _emulator.MemMachineBaseAddress });
    }

    public async Task DisposeAsync()
    {
        _root.Client.Dispose();
        _mem0.Client.Dispose();
        _memMachine.Client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Theory]
    [InlineData("_emulator/", "text/html")]
    [InlineData("_emulator/dashboard.css", "text/css")]
    [InlineData("_emulator/dashboard.js", "text/javascript")]
    public async Task The_page_and_its_files_are_served_with_a_policy_that_allows_nothing_from_elsewhere(string path, string type)
    {
        var response = await _root.GetAsync(path);

        response.Code.Should().Be(200);
        response.Header("Content-Type").Should().Be(type + "; charset=utf-8");
        response.Header("Content-Security-Policy").Should().Contain("default-src 'none'").And.Contain("script-src 'self'")
            .And.Contain("connect-src 'self'").And.Contain("frame-ancestors 'none'");
        response.Header("X-Content-Type-Options").Should().Be("nosniff");
        response.Text.Should().NotContain("http://").And.NotContain("https://", "the page loads nothing from the network");
    }

    [Fact]
    public async Task The_address_without_its_slash_redirects_to_the_page()
    {
        var response = await _root.GetAsync("_emulator");

        response.Status.Should().Be(HttpStatusCode.Redirect);
        response.Header("Location").Should().Be("/_emulator/");
        _emulator.DashboardAddress.Should().Be(new Uri(_emulator.BaseAddress, "_emulator/"));
    }

    [Fact]
    public async Task The_dashboard_follows_the_host_and_origin_rules()
    {
        (await RawHttp.SendAsync(_emulator.Port, "GET", "/_emulator/", "rebound.attacker.example")).Status.Should().Be(403);
        (await RawHttp.SendAsync(_emulator.Port, "GET", "/_emulator/overview", $"127.0.0.1:{_emulator.Port}", [("Origin", "https://attacker.example")]))
            .Status.Should().Be(403);
    }

    [Fact]
    public async Task The_overview_counts_entities_projects_fault_rules_and_where_the_log_stands()
    {
        await Mem0Seed.AddVerbatimAsync(_mem0, """ "user_id": "ann", "agent_id": "helper" """, "I like tea.", "I like rain.");
        await Mem0Seed.AddVerbatimAsync(_mem0, """ "user_id": "ann", "run_id": "r1" """, "Today is a trip day.");
        (await _memMachine.PostAsync("memories", """{"project_id": "desk", "messages": [{"content": "My laptop is broken."}]}""")).Code.Should().Be(200);
        _emulator.Faults.Add("GET", "/memmachine/health", "status=503; times=2");
        await _memMachine.GetAsync("../health");

        var overview = (await _root.GetAsync("_emulator/overview")).Body;

        overview["mem0"]!["entities"]!.ToJsonString().Should().Be(
            """[{"type":"user","id":"ann","memories":3},{"type":"agent","id":"helper","memories":2},{"type":"run","id":"r1","memories":1}]""");
        overview["mem0"]!["projects"]!.ToJsonString().Should().Be("""["proj_emulator"]""");
        overview["memmachine"]!["projects"]!.ToJsonString().Should().Be(
            """[{"id":"","episodes":0,"features":0},{"id":"desk","episodes":1,"features":1}]""");
        overview["faults"]!.ToJsonString().Should().Be(
            """[{"method":"GET","path":"/memmachine/health","fault":"status=503; times=2","applied":1}]""");
        overview["requests"]!.ToJsonString().Should().Be("""{"oldest":1,"last":4,"count":4}""");
    }

    [Fact]
    public async Task The_data_version_grows_with_every_change()
    {
        var before = (await _root.GetAsync("_emulator/overview")).Body["data_version"]!.GetValue<long>();

        await Mem0Seed.AddOneAsync(_mem0, "versioned", "One more fact.");

        (await _root.GetAsync("_emulator/overview")).Body["data_version"]!.GetValue<long>().Should().BeGreaterThan(before);
    }

    [Fact]
    public async Task The_memories_of_a_scope_come_newest_first()
    {
        await Mem0Seed.AddVerbatimAsync(_mem0, """ "user_id": "zoe" """, "First fact.");
        await Mem0Seed.AddVerbatimAsync(_mem0, """ "user_id": "zoe" """, "Second fact.");
        await _memMachine.PostAsync("memories", """{"project_id": "p", "messages": [{"content": "Older."}, {"content": "Newer."}]}""");

        var mem0 = (await _root.GetAsync("_emulator/memories?service=mem0&type=user&id=zoe")).Body;
        var memMachine = (await _root.GetAsync("_emulator/memories?service=memmachine&project=p")).Body;

        mem0["total"]!.GetValue<int>().Should().Be(2);
        mem0["memories"]!.AsArray().Select(m => m!["memory"]!.GetValue<string>()).Should().Equal("Second fact.", "First fact.");
        memMachine["episodes"]!.AsArray().Select(e => e!["content"]!.GetValue<string>()).Should().Equal("Newer.", "Older.");
        memMachine["features_total"]!.GetValue<int>().Should().Be(2);
        (await _root.GetAsync("_emulator/memories?service=mem0&type=planet&id=x")).Code.Should().Be(400);
    }

    [Fact]
    public async Task Requests_after_a_sequence_come_with_every_credential_redacted()
    {
        await _mem0.GetAsync("v1/ping/", ("X-Api-Key", "key-in-a-header"), ("Proxy-Authorization", "Basic cHJveHk6c2VjcmV0"));
        await _mem0.GetAsync("v1/ping/", ("Cookie", "session=cookie-secret"));

        var answer = await _root.GetAsync("_emulator/requests?after=1");

        var entry = answer.Items.Should().ContainSingle().Subject!.AsObject();
        entry["sequence"]!.GetValue<long>().Should().Be(2);
        entry["headers"]!["Cookie"]!.GetValue<string>().Should().Be("<redacted>");
        var all = (await _root.GetAsync("_emulator/requests")).Text;
        all.Should().NotContain("dash-key").And.NotContain("key-in-a-header").And.NotContain("cHJveHk6c2VjcmV0").And.NotContain("cookie-secret");
        JsonNode.Parse(all)!.AsArray().Should().HaveCount(2);
    }
}
