using System.Text;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>The request log keeps a bounded number of entries and a bounded part of each body, whatever is sent.</summary>
public sealed class RequestLogLimitTests
{
    private static async Task<(MemoryEmulator Emulator, EmulatorApi Mem0)> StartAsync(MemoryEmulatorOptions options)
    {
        var emulator = await MemoryEmulator.StartAsync(options);
        var client = new HttpClient { BaseAddress = emulator.Mem0BaseAddress };
        client.DefaultRequestHeaders.Add("Authorization", "Token k");
        return (emulator, new EmulatorApi(client));
    }

    [Fact]
    public async Task The_log_keeps_the_newest_entries_up_to_its_limit()
    {
        var (emulator, mem0) = await StartAsync(new MemoryEmulatorOptions { RequestLogMaxEntries = 3 });
        await using var _ = emulator;
        using var __ = mem0.Client;

        for (var i = 0; i < 5; i++) (await mem0.GetAsync("v1/ping/")).Code.Should().Be(200);

        emulator.RequestLog.Count.Should().Be(3);
        emulator.RequestLog.Entries.Select(e => e.Sequence).Should().Equal(3, 4, 5);
    }

    [Fact]
    public async Task A_long_body_is_kept_in_full_by_the_route_and_truncated_and_marked_in_the_log()
    {
        var (emulator, mem0) = await StartAsync(new MemoryEmulatorOptions { RequestLogMaxBodyBytes = 100 });
        await using var _ = emulator;
        using var __ = mem0.Client;
        var text = new string('é', 300);   // two bytes each after a 43-byte prefix: the cut at 100 bytes falls inside one

        (await mem0.PostAsync("v3/memories/add/", $$"""{"messages": [{"role": "user", "content": "{{text}}"}], "user_id": "long-body", "infer": false}"""))
            .Code.Should().Be(200);
        await mem0.GetAsync("v1/ping/");

        (await Mem0Seed.ListTextsAsync(mem0, """{"user_id": "long-body"}""")).Should().Equal(text);
        var add = emulator.RequestLog.ForPath("/mem0/v3/memories/add/").Should().ContainSingle().Subject;
        add.BodyTruncated.Should().BeTrue();
        Encoding.UTF8.GetByteCount(add.Body).Should().Be(99);
        add.Body.Should().StartWith("""{"messages": [{"role": "user", "content": "éé""").And.NotContain("\uFFFD");
        emulator.RequestLog.ForPath("/mem0/v1/ping/").Should().ContainSingle().Which.BodyTruncated.Should().BeFalse();

        using var root = new HttpClient { BaseAddress = emulator.BaseAddress };
        var json = JsonNode.Parse(await root.GetStringAsync(new Uri("_emulator/requests", UriKind.Relative)))!.AsArray();
        json[0]!["body_truncated"]!.GetValue<bool>().Should().BeTrue();
        json[^1]!["body_truncated"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task By_default_a_refused_two_megabyte_body_keeps_at_most_64_KiB_in_the_log()
    {
        var (emulator, mem0) = await StartAsync(new MemoryEmulatorOptions { Mem0ApiKey = "the-right-key" });
        await using var _ = emulator;
        using var __ = mem0.Client;
        var huge = $$"""{"messages": [{"role": "user", "content": "{{new string('x', 2 * 1024 * 1024)}}"}], "user_id": "u"}""";

        (await mem0.PostAsync("v3/memories/add/", huge)).Code.Should().Be(401);

        var entry = emulator.RequestLog.Entries.Should().ContainSingle().Subject;
        entry.BodyTruncated.Should().BeTrue();
        entry.Body.Length.Should().Be(64 * 1024);
    }
}
