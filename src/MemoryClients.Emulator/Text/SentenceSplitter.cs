namespace MemoryClients.Emulator.Text;

/// <summary>Splits text into sentences at <c>. ! ?</c> followed by white space or the end, and at line breaks.</summary>
internal static class SentenceSplitter
{
    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var atBreak = ch is '\n' or '\r'
                || (ch is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!atBreak) continue;
            Add(text[start..(i + 1)], sentences);
            start = i + 1;
        }
        if (start < text.Length) Add(text[start..], sentences);
        return sentences;
    }

    private static void Add(string candidate, List<string> sentences)
    {
        var sentence = candidate.Trim();
        // Bare punctuation is not a sentence.
        if (sentence.Any(char.IsLetterOrDigit)) sentences.Add(sentence);
    }
}
