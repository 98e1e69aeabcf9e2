using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The type of a typed property in a self-hosted project's <see cref="MemMachineProjectConfig.PropertiesSchema"/>.</summary>
/// <remarks>Values compare by exact (ordinal) wire value, as the service does.</remarks>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names mirror the wire values.")]
[JsonConverter(typeof(ExtensibleEnumConverter<MemMachinePropertyType>))]
public readonly partial struct MemMachinePropertyType
{
    /// <summary><c>bool</c>: A boolean.</summary>
    public static MemMachinePropertyType Bool { get; } = new("bool");

    /// <summary><c>int</c>: An integer.</summary>
    public static MemMachinePropertyType Int { get; } = new("int");

    /// <summary><c>float</c>: A floating-point number.</summary>
    public static MemMachinePropertyType Float { get; } = new("float");

    /// <summary><c>str</c>: A string.</summary>
    public static MemMachinePropertyType Str { get; } = new("str");

    /// <summary><c>datetime</c>: A date and time.</summary>
    public static MemMachinePropertyType DateTime { get; } = new("datetime");
}
