namespace MemoryClients.Emulator.MemMachine.Filters;

/// <summary>The server's FilterParseError (a ValueError): the filter string does not follow the grammar.</summary>
internal sealed class FilterParseException(string message) : Exception(message);

/// <summary>A ValueError raised when a store cannot evaluate a parsed filter (unknown field, datetime on raw metadata).</summary>
internal sealed class FilterFieldException(string message) : Exception(message);
