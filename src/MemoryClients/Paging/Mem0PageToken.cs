using System.Globalization;

namespace MemoryClients.Paging;

/// <summary>
/// The continuation token of every Mem0 listing (memories, entities, events): <c>page=N</c>, optionally followed by
/// <c>&amp;page_size=M</c>, read from the service's <c>next</c> link. Only those two values are taken from the link: its
/// scheme, host and path are never used, so paging always stays on the client's base address.
/// </summary>
internal static class Mem0PageToken
{
    /// <summary>The page a token names, with the page size it carries; page 1 and <paramref name="pageSize"/> for null.</summary>
    /// <exception cref="ArgumentException">The token was not made by this codec.</exception>
    public static (int Page, int? PageSize) Read(string? token, int? pageSize, string paramName)
    {
        if (token is null)
            return (1, pageSize);
        int? page = null;
        foreach (var part in token.Split('&'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !int.TryParse(part.AsSpan(eq + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
                throw Bad(token, paramName);
            switch (part[..eq])
            {
                case "page":
                    page = value;
                    break;
                case "page_size":
                    pageSize = value;
                    break;
                default:
                    throw Bad(token, paramName);
            }
        }
        return page is { } p ? (p, pageSize) : throw Bad(token, paramName);
    }

    /// <summary>
    /// The token of the page after <paramref name="page"/>: the <c>page</c> and <c>page_size</c> of the service's
    /// <paramref name="next"/> link (the following page and the same size when the link lacks them); null without a link.
    /// </summary>
    public static string? Next(string? next, int page, int? pageSize)
    {
        if (string.IsNullOrWhiteSpace(next))
            return null;
        var query = NextLinkQuery(next);
        var nextPage = query.TryGetValue("page", out var p) && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var linked) && linked > page
            ? linked
            : page + 1;
        if (query.TryGetValue("page_size", out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size >= 1)
            pageSize = size;
        return Format(nextPage, pageSize);
    }

    internal static string Format(int page, int? pageSize) =>
        pageSize is { } size
            ? string.Create(CultureInfo.InvariantCulture, $"page={page}&page_size={size}")
            : string.Create(CultureInfo.InvariantCulture, $"page={page}");

    private static ArgumentException Bad(string token, string paramName) =>
        new($"'{token}' is not a Mem0 continuation token (expected page=N or page=N&page_size=M).", paramName);

    /// <summary>The decoded query parameters of a <c>next</c> link; the rest of the link is never used.</summary>
    private static Dictionary<string, string> NextLinkQuery(string next)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = next.IndexOf('?', StringComparison.Ordinal);
        if (start < 0)
            return result;
        var end = next.IndexOf('#', start);
        var query = end < 0 ? next[(start + 1)..] : next[(start + 1)..end];
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
                result.TryAdd(Uri.UnescapeDataString(part[..eq]), Uri.UnescapeDataString(part[(eq + 1)..].Replace('+', ' ')));
        }
        return result;
    }
}
