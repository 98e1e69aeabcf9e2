using System.Runtime.Versioning;
using MemoryClients.Emulator.Storage;
using MemoryClients.Emulator.Tests.Emulator.Support;
using Microsoft.Data.Sqlite;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>A data file belongs to one running emulator, only emulator files are opened, and new files are private.</summary>
public sealed class DataFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("emulator-data-").FullName;

    private string File(string name) => Path.Combine(_folder, name);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void CreateSqlite(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task<int> MemMachineCountAsync(MemoryEmulator emulator, string project)
    {
        using var client = new HttpClient { BaseAddress = emulator.MemMachineBaseAddress };
        var answer = await new EmulatorApi(client).PostAsync("projects/episode_count/get", $$"""{"project_id": "{{project}}"}""");
        return answer.Body["count"]!.GetValue<int>();
    }

    [Fact]
    public async Task A_second_emulator_on_the_same_file_refuses_to_start_and_names_the_file()
    {
        var path = File("shared.db");
        await using var first = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = path });

        var second = () => MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = path });
        var error = new StringWriter();
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(30));   // a second emulator that did start runs until cancelled
        var code = await EmulatorProgram.RunAsync(["--port", "0", "--data", path], TextWriter.Null, error, giveUp.Token);

        (await second.Should().ThrowAsync<EmulatorDataFileException>())
            .Which.Message.Should().Contain($"'{path}'").And.Contain("in use by another emulator");
        code.Should().Be(EmulatorProgram.UsageError);
        error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().StartWith($"memory-emulator: The data file '{path}' is in use by another emulator");

        using (var client = new HttpClient { BaseAddress = first.MemMachineBaseAddress })
            (await new EmulatorApi(client).PostAsync("memories", """{"project_id": "owner", "messages": [{"content": "Still mine."}]}""")).Code.Should().Be(200);
        await first.DisposeAsync();
        await using var next = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = path });
        (await MemMachineCountAsync(next, "owner")).Should().Be(1, "the lock is released when the first emulator stops");
    }

    [Fact]
    public async Task A_foreign_sqlite_file_is_refused_and_left_byte_for_byte_unchanged()
    {
        var path = File("contacts.db");
        CreateSqlite(path, "CREATE TABLE people (name TEXT NOT NULL); INSERT INTO people VALUES ('Ada'), ('Grace');");
        var before = await System.IO.File.ReadAllBytesAsync(path);

        var start = () => MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = path });

        (await start.Should().ThrowAsync<EmulatorDataFileException>())
            .Which.Message.Should().Contain($"'{path}'").And.Contain("not an emulator data file");
        (await System.IO.File.ReadAllBytesAsync(path)).Should().Equal(before);
        Directory.GetFiles(_folder).Should().Equal([path], "no journal, WAL or lock file is left beside it");
    }

    [Fact]
    public async Task A_file_with_another_schema_is_refused_and_left_unchanged()
    {
        var path = File("other-schema.db");
        CreateSqlite(path, "CREATE TABLE documents (collection TEXT, id TEXT, body BLOB); CREATE TABLE counters (name TEXT, value INTEGER);");
        var before = await System.IO.File.ReadAllBytesAsync(path);
        var error = new StringWriter();

        var code = await EmulatorProgram.RunAsync(["--port", "0", "--data", path], TextWriter.Null, error, CancellationToken.None);

        code.Should().Be(EmulatorProgram.UsageError);
        error.ToString().Should().Contain($"'{path}'").And.Contain("not an emulator data file");
        (await System.IO.File.ReadAllBytesAsync(path)).Should().Equal(before);
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_new_data_file_and_its_companions_are_readable_by_the_owner_only()
    {
        var path = File("private.db");
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

        await using (var emulator = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = path }))
        {
            using var client = new HttpClient { BaseAddress = emulator.MemMachineBaseAddress };
            (await new EmulatorApi(client).PostAsync("memories", """{"project_id": "p", "messages": [{"content": "Private."}]}""")).Code.Should().Be(200);

            Directory.GetFiles(_folder).Should().Contain(path + "-wal");
            foreach (var file in Directory.GetFiles(_folder))
                System.IO.File.GetUnixFileMode(file).Should().Be(ownerOnly, file);
        }

        System.IO.File.GetUnixFileMode(path).Should().Be(ownerOnly);
    }

    [Fact]
    public async Task An_emulator_file_is_opened_again_after_a_restart()
    {
        var path = File("again.db");
        await using (var first = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = path }))
        {
            using var client = new HttpClient { BaseAddress = first.MemMachineBaseAddress };
            (await new EmulatorApi(client).PostAsync("memories", """{"project_id": "kept", "messages": [{"content": "Kept."}]}""")).Code.Should().Be(200);
        }

        await using var second = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = path });

        (await MemMachineCountAsync(second, "kept")).Should().Be(1);
    }
}
