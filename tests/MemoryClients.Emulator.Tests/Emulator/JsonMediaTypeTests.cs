using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>
/// The API and admin routes that change state take JSON only: a body a browser can send across sites without asking
/// (<c>text/plain</c>, a form, a bare blob) is 415 before the route runs, as Mem0's REST framework answers it.
/// </summary>
public sealed class JsonMediaTypeTests : IAsyncLifetime
{
    private MemoryEmulator _emulator = null!;

    private int Port => _emulator.Port;

    private string Host => $"127.0.0.1:{Port}";

    public async Task InitializeAsync() => _emulator = await MemoryEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private async Task<int> EpisodeCountAsync(string project)
    {
        var answer = await RawHttp.SendAsync(Port, "POST", "/memmachine/v2/projects/episode_count/get", Host,
            [("Content-Type", "application/json")], $$"""{"project_id": "{{project}}"}""");
        return answer.Json["count"]!.GetValue<int>();
    }

    [Theory]
    [InlineData("text/plain;charset=UTF-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task A_MemMachine_add_that_is_not_declared_json_is_415_and_stores_nothing(string? contentType)
    {
        var project = EmulatorFixture.NewId("plain");
        (string, string)[] headers = contentType is null ? [] : [("Content-Type", contentType)];

        var answer = await RawHttp.SendAsync(Port, "POST", "/memmachine/v2/memories", Host, headers,
            $$"""{"project_id": "{{project}}", "messages": [{"content": "Planted without JSON."}]}""");

        answer.Status.Should().Be(415, answer.Body);
        answer.Json["code"]!.GetValue<int>().Should().Be(415);
        answer.Json["message"]!.GetValue<string>().Should().Contain("application/json");
        (await EpisodeCountAsync(project)).Should().Be(0);
    }

    [Fact]
    public async Task A_Mem0_add_in_text_plain_is_415_in_the_rest_framework_shape()
    {
        var answer = await RawHttp.SendAsync(Port, "POST", "/mem0/v3/memories/add/", Host,
            [("Authorization", "Token k"), ("Content-Type", "text/plain")],
            """{"messages": [{"role": "user", "content": "Planted."}], "user_id": "plain-user", "infer": false}""");

        answer.Status.Should().Be(415, answer.Body);
        answer.Json["detail"]!.GetValue<string>().Should().Be("Unsupported media type \"text/plain\" in request.");
        _emulator.RequestLog.Entries.Should().ContainSingle(e => e.Path == "/mem0/v3/memories/add/").Which.StatusCode.Should().Be(415);
    }

    [Fact]
    public async Task A_form_post_cannot_reset_the_emulator()
    {
        await RawHttp.SendAsync(Port, "GET", "/memmachine/health", Host);

        var answer = await RawHttp.SendAsync(Port, "POST", "/_emulator/reset", Host,
            [("Content-Type", "application/x-www-form-urlencoded")], "confirm=yes");

        answer.Status.Should().Be(415, answer.Body);
        answer.Json["detail"]!.GetValue<string>().Should().Contain("application/json");
        _emulator.RequestLog.Count.Should().BeGreaterThan(0, "the reset did not run");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    public async Task Json_with_or_without_parameters_is_accepted(string contentType)
    {
        var project = EmulatorFixture.NewId("json");

        var answer = await RawHttp.SendAsync(Port, "POST", "/memmachine/v2/memories", Host, [("Content-Type", contentType)],
            $$"""{"project_id": "{{project}}", "messages": [{"content": "Stored."}]}""");

        answer.Status.Should().Be(200, answer.Body);
        (await EpisodeCountAsync(project)).Should().Be(1);
    }

    [Fact]
    public async Task A_request_without_a_body_needs_no_content_type()
    {
        (await RawHttp.SendAsync(Port, "POST", "/_emulator/faults/reset", Host)).Status.Should().Be(204);
        (await RawHttp.SendAsync(Port, "POST", "/memmachine/v2/projects/list", Host)).Status.Should().Be(200);
        (await RawHttp.SendAsync(Port, "DELETE", "/mem0/v1/memories/?user_id=nobody", Host, [("Authorization", "Token k")])).Status.Should().Be(200);
    }
}
