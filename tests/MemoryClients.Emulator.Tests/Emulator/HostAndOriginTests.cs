using System.Globalization;
using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>
/// A web page must not reach the emulator: a DNS-rebound name in <c>Host</c>, or a cross-site <c>Origin</c>, is refused
/// before any route runs. Requests are written by hand over a socket, as a browser sends them.
/// </summary>
public sealed class HostAndOriginTests : IAsyncLifetime
{
    private MemoryEmulator _emulator = null!;

    private int Port => _emulator.Port;

    private string Loopback => $"127.0.0.1:{Port}";

    public async Task InitializeAsync() => _emulator = await MemoryEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private static (string, string)[] Json(params (string, string)[] more) => [("Content-Type", "application/json"), .. more];

    private async Task<int> EpisodeCountAsync(string project)
    {
        var answer = await RawHttp.SendAsync(Port, "POST", "/memmachine/v2/projects/episode_count/get", Loopback, Json(), $$"""{"project_id": "{{project}}"}""");
        return answer.Json["count"]!.GetValue<int>();
    }

    [Fact]
    public async Task A_rebound_host_name_cannot_read_the_request_log()
    {
        (await RawHttp.SendAsync(Port, "POST", "/memmachine/v2/memories", Loopback, Json(),
            """{"project_id": "private", "messages": [{"content": "My PIN is 4921."}]}""")).Status.Should().Be(200);

        var answer = await RawHttp.SendAsync(Port, "GET", "/_emulator/requests", "rebound.attacker.example");

        answer.Status.Should().Be(403, answer.Body);
        answer.Headers["content-type"].Should().StartWith("application/json");
        answer.Json["detail"]!.GetValue<string>().Should().Contain("'rebound.attacker.example'").And.Contain("--allowed-hosts");
        answer.Body.Should().NotContain("4921");
    }

    [Fact]
    public async Task A_rebound_host_name_cannot_write_memories_or_reset_the_emulator()
    {
        var host = $"rebound.attacker.example:{Port}";

        var add = await RawHttp.SendAsync(Port, "POST", "/memmachine/v2/memories", host, Json(),
            """{"project_id": "rebound", "messages": [{"content": "Planted by a web page."}]}""");
        var mem0 = await RawHttp.SendAsync(Port, "POST", "/mem0/v3/memories/add/", host, Json(("Authorization", "Token k")),
            """{"messages": [{"role": "user", "content": "Planted."}], "user_id": "victim", "infer": false}""");
        var reset = await RawHttp.SendAsync(Port, "POST", "/_emulator/reset", host);

        add.Status.Should().Be(403, add.Body);
        add.Json["message"]!.GetValue<string>().Should().Contain("not allowed");
        mem0.Status.Should().Be(403, mem0.Body);
        mem0.Json["detail"]!.GetValue<string>().Should().Contain("not allowed");
        reset.Status.Should().Be(403, reset.Body);
        (await EpisodeCountAsync("rebound")).Should().Be(0);
        _emulator.RequestLog.Entries.Should().OnlyContain(e => e.Path == "/memmachine/v2/projects/episode_count/get",
            "a refused request never reaches the log, the routes or the admin reset");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:{0}")]
    [InlineData("LocalHost:{0}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("[::1]:{0}")]
    public async Task Loopback_host_names_are_served_on_any_port(string host)
    {
        var answer = await RawHttp.SendAsync(Port, "GET", "/_emulator/requests", string.Format(CultureInfo.InvariantCulture, host, Port));

        answer.Status.Should().Be(200, answer.Body);
    }

    [Fact]
    public async Task A_cross_site_origin_is_refused_even_through_a_loopback_host()
    {
        _emulator.RequestLog.Count.Should().Be(0);
        await RawHttp.SendAsync(Port, "GET", "/memmachine/health", Loopback);

        // What a page on another site sends with fetch(..., {method: "POST", mode: "no-cors", body: "..."}).
        var add = await RawHttp.SendAsync(Port, "POST", "/memmachine/v2/memories", Loopback,
            [("Origin", "https://attacker.example"), ("Content-Type", "text/plain;charset=UTF-8")],
            """{"project_id": "csrf", "messages": [{"content": "Planted by a web page."}]}""");
        var reset = await RawHttp.SendAsync(Port, "POST", "/_emulator/reset", Loopback, [("Origin", "https://attacker.example")]);
        var sandboxed = await RawHttp.SendAsync(Port, "GET", "/_emulator/requests", Loopback, [("Origin", "null")]);

        add.Status.Should().Be(403, add.Body);
        add.Json["message"]!.GetValue<string>().Should().Contain("Origin 'https://attacker.example' is not allowed");
        reset.Status.Should().Be(403, reset.Body);
        sandboxed.Status.Should().Be(403, sandboxed.Body);
        (await EpisodeCountAsync("csrf")).Should().Be(0);
        _emulator.RequestLog.Entries.Select(e => e.Path).Should().StartWith("/memmachine/health", "the reset was refused");
    }

    [Theory]
    [InlineData("http://127.0.0.1:{0}")]
    [InlineData("http://localhost:5173")]
    [InlineData("http://[::1]:{0}")]
    public async Task A_loopback_origin_is_served(string origin)
    {
        var answer = await RawHttp.SendAsync(Port, "POST", "/memmachine/v2/memories", Loopback,
            Json(("Origin", string.Format(CultureInfo.InvariantCulture, origin, Port))),
            """{"project_id": "same-origin", "messages": [{"content": "Added from the dashboard's own origin."}]}""");

        answer.Status.Should().Be(200, answer.Body);
    }

    [Fact]
    public async Task Another_host_name_is_served_once_it_is_allowed()
    {
        await using var emulator = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { AllowedHosts = ["memory.test"] });

        var allowed = await RawHttp.SendAsync(emulator.Port, "GET", "/_emulator/requests", $"memory.test:{emulator.Port}",
            [("Origin", "http://memory.test:3000")]);
        var loopback = await RawHttp.SendAsync(emulator.Port, "GET", "/_emulator/requests", "localhost");
        var other = await RawHttp.SendAsync(emulator.Port, "GET", "/_emulator/requests", "other.test");

        allowed.Status.Should().Be(200, allowed.Body);
        loopback.Status.Should().Be(200, "the loopback names are always allowed");
        other.Status.Should().Be(403, other.Body);
    }

    [Fact]
    public async Task A_star_allows_every_host_name()
    {
        await using var emulator = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { AllowedHosts = ["*"] });

        (await RawHttp.SendAsync(emulator.Port, "GET", "/_emulator/requests", "anything.example", [("Origin", "https://anything.example")]))
            .Status.Should().Be(200);
    }

    [Fact]
    public async Task Allowed_hosts_refuse_entries_that_are_not_host_names()
    {
        var act = () => MemoryEmulator.StartAsync(new MemoryEmulatorOptions { AllowedHosts = ["http://memory.test/"] });

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*AllowedHosts*'http://memory.test/'*");
    }
}
