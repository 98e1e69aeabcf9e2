using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MemoryClients.Emulator.Mem0;

/// <summary>
/// Django REST Framework page-number pagination: <c>{count, next, previous, results}</c> with absolute links
/// built from the request's own URL (query parameters sorted, <c>page</c> dropped from the link to page 1).
/// </summary>
internal static class Mem0Paging
{
    public const int MaxPageSize = 200;

    /// <summary>
    /// Reads <c>page</c> and the page size from the query (the body is the fallback) and validates them. The size is
    /// <c>page_size</c>, except where the service names it otherwise (<c>limit</c> on <c>/v1/memories/events/</c>).
    /// </summary>
    public static (int Page, int PageSize) Read(HttpRequest request, JsonObject? body, int defaultPageSize, string sizeName = "page_size")
    {
        int page;
        var pageText = request.Query["page"].ToString();
        if (pageText.Length > 0)
        {
            // DRF answers "Invalid page." for anything that is not a positive integer.
            if (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1)
                throw Mem0Errors.InvalidPage();
        }
        else
        {
            page = Mem0Request.QueryInt(request, body, "page") ?? 1;
            if (page < 1) throw Mem0Errors.InvalidPage();
        }
        var pageSize = Mem0Request.QueryInt(request, body, sizeName) ?? defaultPageSize;
        if (pageSize is < 1 or > MaxPageSize)
            throw Mem0Errors.Error(400, $"{sizeName} must be between 1 and {MaxPageSize}.");
        return (page, pageSize);
    }

    public static JsonObject Envelope(HttpRequest request, IReadOnlyList<JsonNode> items, int page, int pageSize)
    {
        var pages = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        if (page > pages) throw Mem0Errors.InvalidPage();
        var results = new JsonArray();
        foreach (var item in items.Skip((page - 1) * pageSize).Take(pageSize)) results.Add(item.DeepClone());
        return new JsonObject
        {
            ["count"] = items.Count,
            ["next"] = page < pages ? Link(request, page + 1) : null,
            ["previous"] = page > 1 ? Link(request, page - 1) : null,
            ["results"] = results,
        };
    }

    private static string Link(HttpRequest request, int page)
    {
        var query = request.Query
            .Where(p => p.Key != "page")
            .SelectMany(p => p.Value.Select(v => (p.Key, Value: v ?? "")))
            .ToList();
        if (page > 1) query.Add(("page", page.ToString(CultureInfo.InvariantCulture)));
        query = [.. query.OrderBy(q => q.Key, StringComparer.Ordinal)];

        var url = new StringBuilder()
            .Append(request.Scheme).Append("://").Append(request.Host.Value)
            .Append(request.PathBase.Value).Append(request.Path.Value);
        for (var i = 0; i < query.Count; i++)
        {
            url.Append(i == 0 ? '?' : '&')
                .Append(Uri.EscapeDataString(query[i].Key)).Append('=').Append(Uri.EscapeDataString(query[i].Value));
        }
        return url.ToString();
    }
}
