using System.Text.RegularExpressions;

namespace MemoryClients.Emulator.Text;

/// <summary>
/// Deterministic stand-in for a service's LLM fact handling: which sentences are statements worth remembering (not
/// questions, requests or small talk), when two facts say the same thing, and which attribute a fact sets
/// ("My favourite food is pasta." sets <c>favourite_food</c>), so a new value can replace the old one.
/// </summary>
internal static partial class FactRules
{
    private static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    {
        "what", "who", "whom", "whose", "where", "when", "why", "how", "which", "do", "does", "did", "can", "could",
        "would", "should", "is", "are", "am", "was", "were", "will", "shall", "may", "might", "have", "has",
    };

    private static readonly HashSet<string> RequestOpeners = new(StringComparer.Ordinal)
    {
        "please", "tell", "show", "give", "remind", "help", "let", "list", "find", "search", "recall", "say", "explain", "write", "send",
    };

    // Compared with analysed terms, so plurals are folded ("thanks" is "thank") and stop words are already gone.
    private static readonly HashSet<string> SmallTalk = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "hiya", "thank", "thx", "ok", "okay", "bye", "goodbye", "good", "morning", "afternoon", "evening",
        "night", "great", "cool", "nice", "sure", "yes", "yeah", "yep", "no", "nope", "fine", "well", "awesome", "perfect",
        "lol", "haha", "wow", "oh", "ah", "see", "later", "cheer", "welcome", "alright", "right", "got", "understood",
        "sound", "much", "lot", "very", "really", "too", "all", "just", "noted", "there", "again", "everyone", "day",
    };

    // What "I'm", "we're", "I've", "I'll" and "I'd" leave behind once their pronoun is dropped as a stop word.
    private static readonly HashSet<string> ContractionTails = new(StringComparer.Ordinal) { "m", "re", "ve", "ll", "d" };

    /// <summary>The sentences of <paramref name="text"/> that state something: no questions, requests or small talk.</summary>
    public static List<string> Statements(string text) => [.. SentenceSplitter.Split(text).Where(IsStatement)];

    public static bool IsStatement(string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.EndsWith('?')) return false;
        var first = FirstWord(trimmed);
        if (QuestionOpeners.Contains(first) || RequestOpeners.Contains(first)) return false;
        var terms = Terms(trimmed);
        return terms.Count > 0 && !terms.All(SmallTalk.Contains);
    }

    /// <summary>What a fact says, ignoring case, punctuation, contractions and word order: equal keys are the same fact.</summary>
    public static string Key(string fact) => string.Join(' ', Terms(fact).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>The attribute a fact sets (<c>favourite_food</c>, <c>residence</c>, <c>employer</c> ...), or null when it sets none.</summary>
    public static string? Attribute(string fact)
    {
        var text = fact.Trim().TrimEnd('.', '!').Trim().ToLowerInvariant().Replace('’', '\'');
        if (Residence().IsMatch(text)) return "residence";
        if (Employer().IsMatch(text)) return "employer";
        if (Occupation().IsMatch(text)) return "occupation";
        if (Name().IsMatch(text)) return "name";
        var possessive = Possessive().Match(text);
        if (!possessive.Success) return null;
        var subject = Terms(possessive.Groups["subject"].Value);
        return subject.Count == 0 ? null : string.Join('_', subject);
    }

    private static List<string> Terms(string text) => [.. TextAnalyzer.Terms(text).Where(t => !ContractionTails.Contains(t))];

    private static string FirstWord(string sentence)
    {
        var end = 0;
        while (end < sentence.Length && char.IsLetter(sentence[end])) end++;
        return sentence[..end].ToLowerInvariant();
    }

    [GeneratedRegex(@"^i(?: now| still)? (?:live|am living|'m living|have moved|'ve moved|moved) (?:in|to) ", RegexOptions.CultureInvariant)]
    private static partial Regex Residence();

    [GeneratedRegex(@"^i(?: now| still)? (?:work|am working|'m working) (?:at|for) ", RegexOptions.CultureInvariant)]
    private static partial Regex Employer();

    [GeneratedRegex(@"^i(?: now| still)? (?:work|am working|'m working) as ", RegexOptions.CultureInvariant)]
    private static partial Regex Occupation();

    [GeneratedRegex(@"^(?:my name is|i am called|i'm called|call me) ", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    // "My favourite food is ...", "My kids' names are ...": the subject names the attribute.
    [GeneratedRegex(@"^my (?<subject>[\p{L}\p{N}' -]+?) (?:is|are|was|were) ", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
