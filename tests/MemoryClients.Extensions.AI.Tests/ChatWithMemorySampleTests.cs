using MemoryClients.Samples.ChatWithMemory;

namespace MemoryClients.Extensions.AI.Tests;

/// <summary>The ChatWithMemory sample's two-run conversation (its README), driven through the sample's own code and scripted model.</summary>
public sealed class ChatWithMemorySampleTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"chat-with-memory-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    // Mem0, the sample's default: its inference decides what is a memory. (MemMachine keeps every message as an
    // episode by design; only its semantic memory is inferred.)
    [Fact]
    public async Task The_second_run_recalls_the_fact_not_the_question_and_holds_it_once()
    {
        const MemoryProvider provider = MemoryProvider.Mem0;
        var dataFile = Path.Combine(_folder, "nested", "memory.db");

        var (first, firstHeld) = await RunAsync(provider, dataFile, "Hi!", "My favourite food is pasta.", "What is my favourite food?");
        var (second, secondHeld) = await RunAsync(provider, dataFile, "What is my favourite food?", "My favourite food is pasta.", "Thanks!");

        first.Should().Contain("assistant> From what I remember: My favourite food is pasta.");
        firstHeld.Should().Equal("My favourite food is pasta.");
        second.Should().Contain("you> What is my favourite food?\nassistant> From what I remember: My favourite food is pasta.\n");
        secondHeld.Should().Equal("My favourite food is pasta.");
    }

    [Fact]
    public void The_data_file_lives_in_the_users_application_data_folder()
    {
        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);

        ChatApp.DefaultDataFile.Should().Be(Path.Combine(appData, "MemoryClients", "ChatWithMemory", "memory.db"));
        ChatApp.DefaultDataFile.Should().NotStartWith(Path.GetTempPath());
    }

    private static async Task<(string Transcript, IReadOnlyList<string> Held)> RunAsync(MemoryProvider provider, string dataFile, params string[] turns)
    {
        using var input = new StringReader(string.Join('\n', turns) + "\n");
        using var output = new StringWriter { NewLine = "\n" };
        var held = await ChatApp.RunAsync(new RememberingModel(), "sample-user", provider, dataFile, input, output, interactive: false, CancellationToken.None);
        return (output.ToString(), held);
    }
}
