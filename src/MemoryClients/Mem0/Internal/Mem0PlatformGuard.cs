using System.Globalization;

namespace MemoryClients.Mem0;

/// <summary>Argument checks and page-link reading shared by the platform sub-clients.</summary>
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

    /// <summary>The page a continuation token names; null means page 1.</summary>
    public static int PageFromToken(string? continuationToken)
    {
        if (continuationToken is null)
            return 1;
        if (int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
            return page;
        throw new ArgumentException($"'{continuationToken}' is not a continuation token of this list.", nameof(continuationToken));
    }

    /// <summary>
    /// The continuation token after <paramref name="currentPage"/>: the <c>page</c> of the service's <c>next</c> link, or the following
    /// page when the link has none; null when there is no <c>next</c>. Only the page number is taken from the link: the request
    /// always goes to the client's own base address.
    /// </summary>
    public static string? NextToken(string? next, int currentPage)
    {
        if (string.IsNullOrWhiteSpace(next))
            return null;
        var page = currentPage + 1;
        if (Mem0RequestBuilder.NextLinkQuery(next).TryGetValue("page", out var value)
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var linked) && linked > currentPage)
            page = linked;
        return page.ToString(CultureInfo.InvariantCulture);
    }
}
