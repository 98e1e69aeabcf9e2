using System.Globalization;

namespace MemoryClients.Cli;

/// <summary>The id rule the CLI and the MCP tools check before any request, in their own words (the SDK has the same cap).</summary>
internal static class MemoryIds
{
    /// <summary>The longest id the SDK sends; longer ones are refused, not truncated.</summary>
    public const int MaxLength = 1024;

    /// <summary>Returns <paramref name="id"/>, or throws an <see cref="ArgumentException"/> that names it as <paramref name="name"/> when it is too long.</summary>
    public static string CheckLength(string id, string name) => id.Length <= MaxLength
        ? id
        : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
            $"{name} is {id.Length:N0} characters long; ids are at most {MaxLength:N0} characters."));
}
