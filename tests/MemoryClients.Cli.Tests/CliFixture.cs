using System.Text.Json.Nodes;
using MemoryClients.Emulator;

namespace MemoryClients.Cli.Tests;

/// <summary>One in-process emulator per test class; Mem0 accepts only <see cref="Key"/>, MemMachine has no authentication.</summary>
public sealed class CliFixture : IAsyncLifetime
{
    public const string Key = "cli-test-key";

    public MemoryEmulator Emulator { get; private set; } = null!;

    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["MEM0_API_KEY"] = Key,
        ["MEMMACHINE_API_KEY"] = "unused-by-the-emulator",
    };

    public string Mem0Url => Emulator.Mem0BaseAddress.AbsoluteUri;

    public string MemMachineUrl => Emulator.MemMachineBaseAddress.AbsoluteUri;

    public async Task InitializeAsync() => Emulator = await MemoryEmulator.StartAsync(new MemoryEmulatorOptions { Mem0ApiKey = Key });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>Runs memory against the emulator's Mem0 API with the right key in the environment.</summary>
    public Task<CliResult> Mem0Async(params string[] args) => CliRunner.RunAsync([.. args, "--base-url", Mem0Url], Environment);

    /// <summary>Runs memory against the emulator's MemMachine API.</summary>
    public Task<CliResult> MemMachineAsync(params string[] args) =>
        CliRunner.RunAsync([.. args, "--provider", "memmachine", "--base-url", MemMachineUrl], Environment);

    /// <summary>Adds a Mem0 memory verbatim through the CLI and returns its id.</summary>
    public async Task<string> AddVerbatimAsync(string user, string text, params string[] extra)
    {
        var result = await Mem0Async(["add", "--user", user, "--no-infer", "--json", text, .. extra]);
        result.ExitCode.Should().Be(0, result.ToString());
        return JsonNode.Parse(result.Lines.Single())!["ids"]!.AsArray().Single()!.GetValue<string>();
    }

    public static string NewUser() => "user-" + Guid.NewGuid().ToString("N");
}
