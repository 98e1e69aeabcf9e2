namespace MemoryClients.MemMachine.Api;

/// <summary>Known episode types; the service may add more, so the value is a string.</summary>
public static class MemMachineEpisodeType
{
    /// <summary>A conversation message, the default.</summary>
    public const string Message = "message";
}
