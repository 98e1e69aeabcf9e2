
namespace MemoryClients.Emulator.MemMachine;

internal static class MemMachineEndpoints
{
    public static void Map(IEndpointRouteBuilder app, MemMachineContext context)
    {
        _ = app;
        _ = context;
    }
}
