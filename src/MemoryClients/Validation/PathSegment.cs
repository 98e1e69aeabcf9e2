namespace MemoryClients.Validation;

/// <summary>
/// The rule for every value that goes into a request path. Values are escaped, but escaping leaves <c>.</c> and
/// <c>..</c> alone and URI normalisation then removes them (<c>DELETE v1/memories/./</c> would become the delete-all
/// route), so those, empty values, control characters, broken UTF-16 and ids over
/// <see cref="Validation.Argument.MaxIdLength"/> characters are refused before any I/O.
/// </summary>
internal static class PathSegment
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming <paramref name="parameterName"/> unless <paramref name="value"/> can be a path segment.</summary>
    public static string Require(string? value, string parameterName)
    {
        if (value is null)
            throw new ArgumentNullException(parameterName, $"{parameterName} is required: it goes into the request path.");
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"{parameterName} must not be empty or whitespace: it goes into the request path.", parameterName);
        if (value is "." or "..")
            throw new ArgumentException($"{parameterName} must not be '{value}': a dot segment would change the request path.", parameterName);
        if (value.AsSpan().ContainsAnyInRange('\0', '\u001F') || value.Contains('\u007F', StringComparison.Ordinal))
            throw new ArgumentException($"{parameterName} must not contain control characters.", parameterName);
        WellFormedText.Require(value, parameterName);
        return Validation.Argument.IdLength(value, parameterName);
    }
}
