using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class Mem0AuthAndPingTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Ping_with_the_configured_key_reports_identity()
    {
        var response = await fixture.Mem0.GetAsync("v1/ping/");

        response.Code.Should().Be(200);
        response.Body["status"]!.GetValue<string>().Should().Be("ok");
        response.Body["org_id"]!.GetValue<string>().Should().Be("org_emulator");
        response.Body["project_id"]!.GetValue<string>().Should().Be("proj_emulator");
        response.Body["user_email"]!.GetValue<string>().Should().Be("developer@emulator.local");
        response.Header("Content-Type").Should().StartWith("application/json");
    }

    [Fact]
    public async Task Missing_authorization_is_401_with_the_DRF_detail_body()
    {
        var response = await fixture.Root.GetAsync("mem0/v1/ping/");

        response.Code.Should().Be(401);
        response.Body["detail"]!.GetValue<string>().Should().Be("Authentication credentials were not provided.");
        response.Header("WWW-Authenticate").Should().Be("Token");
    }

    [Fact]
    public async Task Wrong_key_is_401_with_the_invalid_key_message()
    {
        var response = await fixture.Root.GetAsync("mem0/v1/ping/", ("Authorization", "Token wrong"));

        response.Code.Should().Be(401);
        response.Body["detail"]!.GetValue<string>().Should().Contain("Invalid API key");
    }

    [Fact]
    public async Task Bearer_scheme_is_not_accepted_by_Mem0()
    {
        var response = await fixture.Root.GetAsync("mem0/v1/ping/", ("Authorization", "Bearer " + EmulatorFixture.Mem0Key));

        response.Code.Should().Be(401);
    }

    [Fact]
    public async Task Any_key_is_accepted_when_none_is_configured()
    {
        await using var open = await MemoryEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = open.Mem0BaseAddress };
        var api = new EmulatorApi(client);

        (await api.GetAsync("v1/ping/", ("Authorization", "Token anything"))).Code.Should().Be(200);
        (await api.GetAsync("v1/ping/")).Code.Should().Be(401);
    }

    [Fact]
    public void Base_addresses_follow_the_documented_layout()
    {
        var emulator = fixture.Emulator;

        emulator.Port.Should().BeGreaterThan(0);
        emulator.Mem0BaseAddress.ToString().Should().Be($"http://127.0.0.1:{emulator.Port}/mem0/");
        emulator.MemMachineBaseAddress.ToString().Should().Be($"http://127.0.0.1:{emulator.Port}/memmachine/v2/");
    }

    [Fact]
    public async Task Path_without_trailing_slash_is_404_like_Django()
    {
        var response = await fixture.Mem0.PostAsync("v3/memories/add", """{"messages": [{"role": "user", "content": "x"}], "user_id": "u"}""");

        response.Code.Should().Be(404);
        response.Body["detail"]!.GetValue<string>().Should().Be("Not found.");
    }
}
