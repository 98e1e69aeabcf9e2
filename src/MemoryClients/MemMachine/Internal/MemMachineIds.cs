using System.Globalization;
using System.Text;

namespace MemoryClients.MemMachine;

/// <summary>MemMachine's id rules, checked before any request: <c>^[\p{L}\p{N}_:-]*$</c>, at most 255 characters.</summary>
internal static class MemMachineIds
{
    /// <summary>The longest project or organisation id the service accepts.</summary>
    public const int MaxLength = 255;

    /// <summary>Returns <paramref name="value"/> when it is a valid id, else throws an <see cref="ArgumentException"/> naming <paramref name="paramName"/>.</summary>
    /// <param name="value">The id.</param>
    /// <param name="paramName">The parameter or option that carried the id.</param>
    /// <param name="wireName">The field's name on the wire, for the message.</param>
    /// <param name="allowEmpty">Whether an empty id is allowed (the cloud's "default project").</param>
    public static string Check(string? value, string paramName, string wireName, bool allowEmpty)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length == 0)
        {
            return allowEmpty ? value : throw new ArgumentException($"{wireName} must not be empty.", paramName);
        }
        var length = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            length++;
            if (!IsAllowed(rune))
                throw new ArgumentException(
                    $"{wireName} may contain only letters, digits, '_', ':' and '-' (pattern ^[\\p{{L}}\\p{{N}}_:-]*$); U+{rune.Value:X4} at position {length} is not allowed.",
                    paramName);
        }
        return length <= MaxLength ? value : throw new ArgumentException($"{wireName} must be at most {MaxLength} characters; got {length}.", paramName);
    }

    /// <summary>Trims ids, drops blanks and duplicates (keeping the first), and requires at least one.</summary>
    public static List<string> Normalize(IEnumerable<string> ids, string paramName)
    {
        ArgumentNullException.ThrowIfNull(ids, paramName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
                continue;
            var trimmed = id.Trim();
            if (seen.Add(trimmed))
                result.Add(trimmed);
        }
        return result.Count > 0 ? result : throw new ArgumentException("At least one non-blank id is required.", paramName);
    }

    // Letters (\p{L}) and numbers (\p{N}) by Unicode category, rune by rune, so letters outside the BMP count as letters.
    private static bool IsAllowed(Rune rune) => rune.Value is '_' or ':' or '-' || Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
