using System.Diagnostics.CodeAnalysis;

namespace MemoryClients.MemMachine.Api;

/// <summary>The type names a self-hosted project's <see cref="MemMachineProjectConfig.PropertiesSchema"/> accepts.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names mirror the wire values.")]
public static class MemMachinePropertyType
{
    /// <summary>A boolean.</summary>
    public const string Bool = "bool";

    /// <summary>An integer.</summary>
    public const string Int = "int";

    /// <summary>A floating-point number.</summary>
    public const string Float = "float";

    /// <summary>A string.</summary>
    public const string Str = "str";

    /// <summary>A date and time.</summary>
    public const string DateTime = "datetime";
}
