
namespace MemoryClients.Emulator.Http;

/// <summary>Ends a request early with a ready-made answer; handlers throw it so validation reads top to bottom.</summary>
internal sealed class ApiException(IResult result, string message) : Exception(message)
{
    public IResult Result { get; } = result;
}
