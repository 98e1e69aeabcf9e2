using System.Buffers;
using System.Globalization;
using System.Text;

namespace MemoryClients.Cli;

/// <summary>Text for a person's terminal: what a memory (or a service's error) holds is shown, never obeyed.</summary>
internal static class TerminalText
{
    /// <summary>The longest user-supplied value an error message repeats; longer ones are cut and their length given.</summary>
    private const int MaxEcho = 64;

    // C0 controls but tab and newline (ESC starts every CSI and OSC sequence; CR and BS overwrite what was printed), DEL,
    // C1 controls (U+0080-U+009F, among them the one-character CSI and OSC), and the bidirectional embeddings, overrides
    // and isolates, which would reorder the table columns around the text.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not '\t' and not '\n').Select(c => (char)c),
         .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         .. "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"]);

    /// <summary><paramref name="text"/> with each character a terminal would act on written as <c>\u001B</c>-style text.</summary>
    public static string Safe(string? text)
    {
        if (text is null || !text.AsSpan().ContainsAny(Unsafe)) return text ?? "";
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Unsafe.Contains(c)) builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>A value the user or a model supplied, quoted for a message: made <see cref="Safe"/> and cut to a readable length.</summary>
    public static string Quote(string value) => value.Length <= MaxEcho
        ? $"'{Safe(value)}'"
        : string.Create(CultureInfo.InvariantCulture, $"'{Safe(value[..MaxEcho])}…' ({value.Length:N0} characters)");
}
