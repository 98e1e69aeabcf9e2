namespace MemoryClients.Validation;

/// <summary>
/// Argument rules shared by every public entry point, checked before any I/O so bad input fails with a message that names
/// the parameter and the rule.
/// </summary>
internal static class Argument
{
    /// <summary>The longest id (scope id, memory id, episode uid) the client sends; longer ones are refused, not truncated.</summary>
    public const int MaxIdLength = 1024;

    /// <summary>
    /// Throws unless <paramref name="value"/> fits in <see cref="MaxIdLength"/> characters; a 20 MB id is a bug in the caller,
    /// and sending it would only fail later, slower, on the service.
    /// </summary>
    public static string IdLength(string value, string parameterName) => value.Length <= MaxIdLength
        ? value
        : throw new ArgumentException($"{parameterName} is {value.Length:N0} characters long; ids are at most {MaxIdLength:N0}.", parameterName);

    /// <summary>
    /// Throws unless <paramref name="value"/> can be one id of a <see cref="MemoryScope"/>: not blank, well-formed UTF-16,
    /// at most <see cref="MaxIdLength"/> characters, and not a service wildcard. On Mem0, <c>*</c> as an entity id means
    /// "every entity of that kind": a scope must never widen to other users because of what one user was called.
    /// </summary>
    public static string ScopeId(string? value, string idName, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"The scope's {idName} must not be empty or whitespace; leave it null instead.", parameterName);
        WellFormedText.Require(value, parameterName);
        IdLength(value, parameterName);
        if (value.Trim() == "*")
        {
            throw new ArgumentException(
                $"The scope's {idName} is '*', which Mem0 reads as \"every {idName[..^2].ToLowerInvariant()}\", so it is never a scope id. "
                + "To delete every user's and agent's memories on purpose, call Mem0Client.Entities.DeleteAllEntitiesAsync(Mem0DeleteEverything.Confirmed).",
                parameterName);
        }
        return value;
    }
}
