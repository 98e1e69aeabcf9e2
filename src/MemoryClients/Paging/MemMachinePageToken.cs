using System.Globalization;

namespace MemoryClients.Paging;

/// <summary>
/// The continuation token of every MemMachine listing: the zero-based <c>page_num</c>, as text. The service sends no
/// total and no next marker: a full page may have a successor, a shorter one cannot.
/// </summary>
internal static class MemMachinePageToken
{
    /// <summary>The page number a token names; 0 for null.</summary>
    /// <exception cref="ArgumentException">The token is not a page number.</exception>
    public static int Read(string? token, string paramName)
    {
        if (token is null)
            return 0;
        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var pageNum)
            ? pageNum
            : throw new ArgumentException($"A MemMachine continuation token is a zero-based page number such as \"2\"; got \"{token}\".", paramName);
    }

    /// <summary>The token of the page after <paramref name="pageNum"/>, or null when this page, with <paramref name="count"/> items, was its last.</summary>
    public static string? Next(int pageNum, int count, int pageSize) =>
        count < pageSize || pageNum == int.MaxValue ? null : (pageNum + 1).ToString(CultureInfo.InvariantCulture);
}
