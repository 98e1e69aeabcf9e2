using System.Globalization;
using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"emulator-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            if (File.Exists(path)) File.Delete(path);
        }
    }

    private static (EmulatorApi Mem0, EmulatorApi Mm, HttpClient A, HttpClient B) Clients(MemoryEmulator emulator)
    {
        var a = new HttpClient { BaseAddress = emulator.Mem0BaseAddress };
        a.DefaultRequestHeaders.Add("Authorization", "Token k");
        var b = new HttpClient { BaseAddress = emulator.MemMachineBaseAddress };
        return (new EmulatorApi(a), new EmulatorApi(b), a, b);
    }

    [Fact]
    public async Task Data_survives_a_restart_on_the_same_sqlite_file()
    {
        string memoryId;
        string firstUid;
        await using (var first = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = _file }))
        {
            var (mem0, mm, a, b) = Clients(first);
            using (a)
            using (b)
            {
                memoryId = await Mem0Seed.AddOneAsync(mem0, "persist-user", "I keep my data", "\"metadata\": {\"n\": 1}");
                await mem0.PutAsync($"v1/memories/{memoryId}/", """{"text": "I keep my data between runs"}""");
                (await mem0.PostAsync("api/v1/webhooks/projects/proj_emulator/", """{"name": "h", "url": "https://example.com", "event_types": ["memory_add"]}""")).Code.Should().Be(201);
                await mm.PostAsync("projects", """{"project_id": "kept"}""");
                var added = await mm.PostAsync("memories", """{"project_id": "kept", "messages": [{"content": "I like rain."}]}""");
                firstUid = added.Body["results"]![0]!["uid"]!.GetValue<string>();
            }
        }

        File.Exists(_file).Should().BeTrue();

        await using var second = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = _file });
        var (mem0Again, mmAgain, c, d) = Clients(second);
        using (c)
        using (d)
        {
            var memory = await mem0Again.GetAsync($"v1/memories/{memoryId}/");
            memory.Code.Should().Be(200);
            memory.Body["memory"]!.GetValue<string>().Should().Be("I keep my data between runs");
            memory.Body["metadata"]!["n"]!.GetValue<int>().Should().Be(1);
            (await mem0Again.GetAsync($"v1/memories/{memoryId}/history/")).Items.Should().HaveCount(2);
            (await mem0Again.GetAsync("api/v1/webhooks/projects/proj_emulator/")).Items.Should().ContainSingle();
            (await Mem0Seed.ListTextsAsync(mem0Again, """{"user_id": "persist-user"}""")).Should().ContainSingle();

            (await mmAgain.PostAsync("projects/get", """{"project_id": "kept"}""")).Code.Should().Be(200);
            var episodes = await mmAgain.PostAsync("memories/list", """{"project_id": "kept", "type": "episodic", "filter": "uid >= 1"}""");
            episodes.Body["content"]!["episodic_memory"]!.AsArray().Should().ContainSingle();
            var next = await mmAgain.PostAsync("memories", """{"project_id": "kept", "messages": [{"content": "More rain."}]}""");
            long.Parse(next.Body["results"]![0]!["uid"]!.GetValue<string>(), CultureInfo.InvariantCulture).Should().BeGreaterThan(long.Parse(firstUid, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Clear_data_empties_memory_and_the_file()
    {
        await using (var emulator = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = _file }))
        {
            var (mem0, _, a, b) = Clients(emulator);
            using (a)
            using (b)
            {
                await Mem0Seed.AddOneAsync(mem0, "gone", "temporary");
                emulator.ClearData();
                (await Mem0Seed.ListTextsAsync(mem0, """{"user_id": "gone"}""")).Should().BeEmpty();
            }
        }

        await using var reopened = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = _file });
        var (again, _, c, d) = Clients(reopened);
        using (c)
        using (d)
            (await Mem0Seed.ListTextsAsync(again, """{"user_id": "gone"}""")).Should().BeEmpty();
    }
}
