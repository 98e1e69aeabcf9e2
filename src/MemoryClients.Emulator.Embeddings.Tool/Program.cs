using System.Runtime.InteropServices;
using MemoryClients.Emulator;
using MemoryClients.Emulator.Embeddings;

// Ctrl+C and SIGTERM stop the emulator cleanly (the SQLite file is closed on the way out).
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

// The same emulator as memory-emulator; this one has the local embedder, so --embeddings is available.
return await EmulatorProgram.RunAsync(args, Console.Out, Console.Error, () => new MiniLmEmbeddingGenerator(), stop.Token);
