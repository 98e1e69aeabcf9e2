namespace MemoryClients.Validation;

/// <summary>
/// The rule for every value the client puts into a request header (API key, application id): printable ASCII only, so a
/// CR/LF cannot start a header of its own and a value the socket would refuse fails at construction, not on every call.
/// </summary>
internal static class HeaderValue
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming <paramref name="parameterName"/> unless <paramref name="value"/> is null or printable ASCII.</summary>
    public static string? Require(string? value, string parameterName)
    {
        if (value is not null && value.AsSpan().ContainsAnyExceptInRange(' ', '~'))
            throw new ArgumentException($"{parameterName} must be printable ASCII: control characters (CR, LF, NUL) and non-ASCII characters cannot go into an HTTP header.", parameterName);
        return value;
    }
}
