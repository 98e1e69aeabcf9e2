namespace MemoryClients.Http;

/// <summary>Fills the <c>{0}</c>, <c>{1}</c> ... placeholders of a route constant with escaped path segments.</summary>
internal static class ApiRoute
{
    /// <summary>Expands <paramref name="route"/>; every segment is escaped, so an id can never change the path.</summary>
    public static string Expand(string route, params ReadOnlySpan<string> segments)
    {
        var result = route;
        for (var i = 0; i < segments.Length; i++)
            result = result.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", Uri.EscapeDataString(segments[i]), StringComparison.Ordinal);
        return result;
    }
}
