namespace MemoryClients.Serialization;

/// <summary>An open set of string values (an extensible enum): built from its wire text and written back unchanged.</summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
internal interface IWireValue<TSelf> where TSelf : struct, IWireValue<TSelf>
{
    /// <summary>The value the wire text names, known to the SDK or not.</summary>
    static abstract TSelf FromWire(string value);

    /// <summary>The wire text; null only for <c>default</c>.</summary>
    string? WireValue { get; }
}
