using MemoryClients.Emulator.Storage;

namespace MemoryClients.Emulator.MemMachine;

internal sealed class MemMachineContext(DocumentStore store, MemoryEmulatorOptions options)
{
    public DocumentStore Store => store;

    public MemoryEmulatorOptions Options => options;
}
