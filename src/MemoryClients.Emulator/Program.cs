using MemoryClients.Emulator;

var options = CommandLine.Parse(args, out var error);
if (options is null)
{
    if (error is not null) await Console.Error.WriteLineAsync(error + Environment.NewLine);
    Console.WriteLine(CommandLine.Usage);
    return error is null ? 0 : 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

await using var emulator = await MemoryEmulator.StartAsync(options);
Console.WriteLine($"MemoryClients emulator listening on {emulator.BaseAddress}");
Console.WriteLine($"Mem0 base address:       {emulator.Mem0BaseAddress}");
Console.WriteLine($"MemMachine base address: {emulator.MemMachineBaseAddress}");
Console.WriteLine(options.DataFile is null ? "Data: in memory (lost on exit)" : $"Data: {Path.GetFullPath(options.DataFile)}");
Console.WriteLine("Press Ctrl+C to stop.");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C: fall through to dispose.
}
return 0;
