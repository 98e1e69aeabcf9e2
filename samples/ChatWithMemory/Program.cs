// A console chat with long-term memory. Memory lives in the embedded emulator, persisted to a data file in your
// application-data folder, so a second run remembers what the first was told. Offline by default: a small scripted
// model answers from the memories it is given. With OPENAI_API_KEY set, a real model answers (OPENAI_MODEL picks it;
// default gpt-4o-mini). See README.md for a two-run conversation.
//
//   dotnet run --project samples/ChatWithMemory                       interactive
//   printf 'My favourite food is pasta.\n' | dotnet run --project samples/ChatWithMemory
//   printf 'What is my favourite food?\n' | dotnet run --project samples/ChatWithMemory
//
// Options: --user ID (default demo-user), --provider mem0|memmachine (default mem0), --data FILE, --fresh (forget everything).
using MemoryClients;
using MemoryClients.Samples.ChatWithMemory;
using Microsoft.Extensions.AI;
using OpenAI.Chat;

var userId = Option("--user") ?? "demo-user";
var provider = (Option("--provider") ?? "mem0").ToLowerInvariant() switch
{
    "mem0" => MemoryProvider.Mem0,
    "memmachine" => MemoryProvider.MemMachine,
    var other => throw new ArgumentException($"Unknown provider '{other}': use mem0 or memmachine.", nameof(args)),
};
var dataFile = Option("--data") ?? ChatApp.DefaultDataFile;
if (args.Contains("--fresh") && File.Exists(dataFile))
    File.Delete(dataFile);

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };

// The model: a real one when a key is set, otherwise the scripted stand-in.
var openAiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
IChatClient model = string.IsNullOrWhiteSpace(openAiKey)
    ? new RememberingModel()
    : new ChatClient(Environment.GetEnvironmentVariable("OPENAI_MODEL") ?? "gpt-4o-mini", openAiKey).AsIChatClient();
Console.WriteLine($"Model: {(model is RememberingModel ? "scripted (offline)" : "OpenAI")}.");

await ChatApp.RunAsync(model, userId, provider, dataFile, Console.In, Console.Out, interactive: !Console.IsInputRedirected, cts.Token);
return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
