using System.Diagnostics.CodeAnalysis;

namespace MemoryClients.MemMachine.Api;

/// <summary>Known episode content types; the service may add more, so the value is a string.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names mirror the wire values.")]
public static class MemMachineContentType
{
    /// <summary>Plain text, the default.</summary>
    public const string String = "string";
}
