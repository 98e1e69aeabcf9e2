using System.Runtime.InteropServices;
using MemoryClients.Emulator;

var options = CommandLine.Parse(args, out var error);
if (options is null)
{
    if (error is not null) await Console.Error.WriteLineAsync(error + Environment.NewLine);
    Console.WriteLine(CommandLine.Usage);
    return error is null ? 0 : 2;
}

// Ctrl+C and SIGTERM stop the emulator cleanly (the SQLite file is closed on the way out).
var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopped.TrySetResult();
}
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

await using var emulator = await MemoryEmulator.StartAsync(options);
Console.WriteLine($"MemoryClients emulator listening on {emulator.BaseAddress}");
Console.WriteLine($"Mem0 base address:       {emulator.Mem0BaseAddress}");
Console.WriteLine($"MemMachine base address: {emulator.MemMachineBaseAddress}");
Console.WriteLine(options.DataFile is null ? "Data: in memory (lost on exit)" : $"Data: {Path.GetFullPath(options.DataFile)}");
Console.WriteLine("Press Ctrl+C to stop.");
await stopped.Task;
Console.WriteLine("Stopped.");
return 0;
