using System.Runtime.InteropServices;
using MemoryClients.Emulator;

// Ctrl+C and SIGTERM stop the emulator cleanly (the SQLite file is closed on the way out).
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

return await EmulatorProgram.RunAsync(args, Console.Out, Console.Error, stop.Token);
