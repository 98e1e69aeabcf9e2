using System.Text;

namespace MemoryClients.Emulator.Text;

/// <summary>Turns text into search terms: lower case, letters and digits only, common English words dropped, plurals folded.</summary>
internal static class TextAnalyzer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "does", "did", "for", "from", "had", "has", "have",
        "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "to", "was", "we", "were", "what", "when", "where",
        "which", "who", "why", "will", "with", "you", "your", "user", "s", "t", "am", "about", "any", "can", "would",
    };

    public static List<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text)) return terms;
        var word = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                word.Append(char.ToLowerInvariant(ch));
                continue;
            }
            Flush(word, terms);
        }
        Flush(word, terms);
        return terms;
    }

    /// <summary>Folds simple English plurals so "hobbies" meets "hobby" and "movies" meets "movie".</summary>
    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return word[..^1];
        return word;
    }

    private static void Flush(StringBuilder word, List<string> terms)
    {
        if (word.Length == 0) return;
        var text = word.ToString();
        word.Clear();
        if (!StopWords.Contains(text)) terms.Add(Stem(text));
    }
}
