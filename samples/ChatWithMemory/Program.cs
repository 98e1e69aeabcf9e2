// A console chat with long-term memory. Memory lives in the embedded emulator, persisted to a data file, so a second
// run remembers what the first was told. Offline by default: a small scripted model answers from the memories it is
// given. With OPENAI_API_KEY set, a real model answers (OPENAI_MODEL picks it; default gpt-4o-mini).
//
//   dotnet run --project samples/ChatWithMemory                       interactive
//   printf 'My favourite food is pasta.\n' | dotnet run --project samples/ChatWithMemory
//   printf 'What is my favourite food?\n' | dotnet run --project samples/ChatWithMemory
//
// Options: --user ID (default demo-user), --provider mem0|memmachine (default mem0), --data FILE, --fresh (forget everything).
using MemoryClients;
using MemoryClients.Emulator;
using MemoryClients.Extensions.AI;
using MemoryClients.Samples.ChatWithMemory;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using ChatMessage = Microsoft.Extensions.AI.ChatMessage;

var userId = Option("--user") ?? "demo-user";
var provider = (Option("--provider") ?? "mem0").ToLowerInvariant() switch
{
    "mem0" => MemoryProvider.Mem0,
    "memmachine" => MemoryProvider.MemMachine,
    var other => throw new ArgumentException($"Unknown provider '{other}': use mem0 or memmachine.", nameof(args)),
};
var dataFile = Option("--data") ?? Path.Combine(Path.GetTempPath(), "memoryclients-chat-with-memory.db");
if (args.Contains("--fresh") && File.Exists(dataFile))
    File.Delete(dataFile);

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };

// Memory: the emulator on 127.0.0.1, its data kept in a SQLite file between runs (the emulator app's --data option).
await using var emulator = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { DataFile = dataFile }, cts.Token);
using var memory = new AsyncMemoryClient(new MemoryClientOptions
{
    Provider = provider,
    ApiKey = "emulator-key",
    BaseAddress = provider == MemoryProvider.Mem0 ? emulator.Mem0BaseAddress : emulator.MemMachineBaseAddress,
    ProjectId = provider == MemoryProvider.MemMachine ? "chat-with-memory" : null,
});

// The model: a real one when a key is set, otherwise the scripted stand-in.
var openAiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
IChatClient model = string.IsNullOrWhiteSpace(openAiKey)
    ? new RememberingModel()
    : new ChatClient(Environment.GetEnvironmentVariable("OPENAI_MODEL") ?? "gpt-4o-mini", openAiKey).AsIChatClient();

// The pipeline: memory around the model. The scope is the signed-in user; here, the --user option.
// Only the user's messages are stored: they carry the facts, and a scripted model's replies are not worth remembering.
var scope = MemoryScope.ForUser(userId);
await using var chat = new MemoryChatClient(model, memory, _ => scope, new ChatMemoryOptions { StoredRoles = StoredMessageRoles.User });

Console.WriteLine($"Model: {(model is RememberingModel ? "scripted (offline)" : "OpenAI")}. Memory: {provider} emulator, user '{userId}', data in {dataFile}.");
var interactive = !Console.IsInputRedirected;
if (interactive)
    Console.WriteLine("Type a message (empty line or Ctrl+D to quit).");

List<ChatMessage> history = [new(ChatRole.System, "You are a friendly assistant with long-term memory. Keep answers short.")];
while (!cts.IsCancellationRequested)
{
    if (interactive)
        Console.Write("you> ");
    var line = Console.ReadLine();
    if (line is null || (interactive && line.Length == 0))
        break;
    if (string.IsNullOrWhiteSpace(line))
        continue;
    if (!interactive)
        Console.WriteLine($"you> {line}");

    history.Add(new ChatMessage(ChatRole.User, line));
    var response = await chat.GetResponseAsync(history, cancellationToken: cts.Token);
    history.AddRange(response.Messages);
    Console.WriteLine($"assistant> {response.Text}");
}

// Memories stored during this run, as the service holds them.
Console.WriteLine();
Console.WriteLine($"What the memory service holds for '{userId}':");
await foreach (var record in memory.ListAsync(scope, cancellationToken: cts.Token))
    Console.WriteLine($"  - {record.Text}");
return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
