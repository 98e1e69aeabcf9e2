using MemoryClients.Emulator;
using MemoryClients.Extensions.AI;
using Microsoft.Extensions.AI;

namespace MemoryClients.Samples.ChatWithMemory;

/// <summary>
/// One run of the chat: the emulator on the data file, the memory middleware around the model, one turn per input
/// line, then what the memory service holds for the user.
/// </summary>
public static class ChatApp
{
    /// <summary>Where the chat keeps its memory unless told otherwise: the user's application-data folder, not the shared temp folder.</summary>
    public static string DefaultDataFile { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "MemoryClients", "ChatWithMemory", "memory.db");

    /// <summary>Runs the conversation until the input ends (or, when interactive, an empty line) and returns the memories held.</summary>
    /// <param name="model">The model that answers.</param>
    /// <param name="userId">The user the memories belong to.</param>
    /// <param name="provider">The memory service the emulator plays.</param>
    /// <param name="dataFile">The SQLite file that keeps the memory between runs; its folder is created when missing.</param>
    /// <param name="input">One user turn per line.</param>
    /// <param name="output">The transcript.</param>
    /// <param name="interactive">True when a person types: prompts are shown and an empty line ends the chat.</param>
    /// <param name="cancellationToken">Ends the chat.</param>
    public static async Task<IReadOnlyList<string>> RunAsync(IChatClient model, string userId, MemoryProvider provider, string dataFile,
        TextReader input, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dataFile))!);

        // Memory: the emulator on 127.0.0.1, its data kept in a SQLite file between runs (the emulator app's --data option).
        // It infers facts from what the user says: statements are kept, questions and small talk are not, and a fact
        // it already holds is not stored again.
        await using var emulator = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = dataFile }, cancellationToken);
        using var memory = new AsyncMemoryClient(new MemoryClientOptions
        {
            Provider = provider,
            ApiKey = "emulator-key",
            BaseAddress = provider == MemoryProvider.Mem0 ? emulator.Mem0BaseAddress : emulator.MemMachineBaseAddress,
            ProjectId = provider == MemoryProvider.MemMachine ? "chat-with-memory" : null,
        });

        // The pipeline: memory around the model. The scope is the signed-in user; here, the --user option.
        // Only the user's messages are stored: they carry the facts, and a scripted model's replies are not worth remembering.
        // The in-process emulator's first search also pays its own start-up, so recall gets more than the default 3 s budget.
        var scope = MemoryScope.ForUser(userId);
        await using var chat = new MemoryChatClient(model, memory, _ => scope,
            new ChatMemoryOptions { StoredRoles = StoredMessageRoles.User, RecallTimeout = TimeSpan.FromSeconds(30) });

        await output.WriteLineAsync($"Memory: {provider} emulator, user '{userId}', data in {dataFile}.");
        if (interactive)
            await output.WriteLineAsync("Type a message (empty line or Ctrl+D to quit).");

        List<ChatMessage> history = [new(ChatRole.System, "You are a friendly assistant with long-term memory. Keep answers short.")];
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
                await output.WriteAsync("you> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || (interactive && line.Length == 0))
                break;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (!interactive)
                await output.WriteLineAsync($"you> {line}");

            history.Add(new ChatMessage(ChatRole.User, line));
            var response = await chat.GetResponseAsync(history, cancellationToken: cancellationToken);
            history.AddRange(response.Messages);
            await output.WriteLineAsync($"assistant> {response.Text}");
        }

        // What the service holds for the user after this run.
        var held = new List<string>();
        await foreach (var record in memory.ListAsync(scope, cancellationToken: cancellationToken))
            held.Add(record.Text);
        await output.WriteLineAsync();
        await output.WriteLineAsync($"What the memory service holds for '{userId}':");
        foreach (var text in held)
            await output.WriteLineAsync($"  - {text}");
        return held;
    }
}
