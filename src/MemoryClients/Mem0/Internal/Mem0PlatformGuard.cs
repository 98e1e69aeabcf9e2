namespace MemoryClients.Mem0;

/// <summary>Argument checks shared by the platform sub-clients.</summary>
internal static class Mem0PlatformGuard
{
    /// <summary>The wait between two polls when the caller gives none.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);

    public static TimeSpan PollInterval(TimeSpan? pollInterval, string paramName)
    {
        if (pollInterval is { } interval && interval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(paramName, interval, "The poll interval must be greater than zero.");
        return pollInterval ?? DefaultPollInterval;
    }

    /// <summary>Returns an extensible enum argument after refusing <c>default</c> and blank values.</summary>
    public static T NotBlank<T>(T value, string paramName) where T : struct =>
        string.IsNullOrWhiteSpace(value.ToString())
            ? throw new ArgumentException($"The {typeof(T).Name} must not be default or blank.", paramName)
            : value;

    /// <summary>Copies <paramref name="values"/> and checks it has at least one item and no blank (or <c>default</c>) item.</summary>
    public static T[] NonEmptyList<T>(IEnumerable<T>? values, string paramName, string what) where T : struct
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var copy = values.ToArray();
        if (copy.Length == 0)
            throw new ArgumentException($"At least one {what} is required.", paramName);
        if (copy.Any(v => string.IsNullOrWhiteSpace(v.ToString())))
            throw new ArgumentException($"A {what} must not be null, empty or whitespace.", paramName);
        return copy;
    }

    /// <summary>Checks that <paramref name="url"/> is an absolute http or https address.</summary>
    public static void HttpUrl(string url, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url, paramName);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"The url must be an absolute http or https address; got '{url}'.", paramName);
    }
}
