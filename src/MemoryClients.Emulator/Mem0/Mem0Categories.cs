using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Text;

namespace MemoryClients.Emulator.Mem0;

/// <summary>
/// Deterministic stand-in for Mem0's LLM categorisation: a category applies when the memory mentions one of its
/// keywords (the default categories have small keyword lists; custom ones use the words of their name and description).
/// </summary>
internal static class Mem0Categories
{
    public static readonly (string Name, string Description, string[] Keywords)[] Defaults =
    [
        ("personal_details", "Personal information such as name, age and where the user lives", ["name", "born", "birthday", "age", "live", "lives", "living", "nickname"]),
        ("family", "Family members and relationships", ["family", "wife", "husband", "mother", "father", "mom", "dad", "son", "daughter", "brother", "sister", "kid", "child", "children", "parent"]),
        ("professional_details", "Work, job and career", ["work", "job", "engineer", "manager", "company", "career", "office", "colleague", "developer", "employer"]),
        ("sports", "Sports and exercise", ["sport", "football", "soccer", "tennis", "running", "gym", "basketball", "baseball", "swimming", "cycling", "yoga"]),
        ("travel", "Trips, places and travel plans", ["travel", "trip", "flight", "visit", "vacation", "holiday", "hotel", "fly", "abroad"]),
        ("food", "Food, drink and diet", ["food", "pizza", "eat", "eating", "cook", "cooking", "restaurant", "vegetarian", "vegan", "coffee", "tea", "dinner", "lunch", "breakfast", "sushi", "pasta", "cuisine"]),
        ("music", "Music and instruments", ["music", "song", "guitar", "piano", "concert", "band", "singer", "jazz"]),
        ("health", "Health, allergies and medical details", ["health", "doctor", "allergic", "allergy", "medicine", "sick", "diet", "medical", "illness"]),
        ("technology", "Technology and software", ["technology", "computer", "software", "programming", "code", "coding", "phone", "laptop", "app"]),
        ("hobbies", "Hobbies and pastimes", ["hobby", "painting", "reading", "hiking", "gardening", "photography", "chess", "knitting"]),
        ("fashion", "Clothes and style", ["clothe", "clothes", "fashion", "wear", "shoe", "dress", "style"]),
        ("entertainment", "Films, shows and games", ["movie", "film", "tv", "show", "series", "game", "netflix", "book"]),
        ("milestones", "Life events and achievements", ["graduated", "married", "promotion", "promoted", "anniversary", "wedding", "retired"]),
        ("user_preferences", "Likes, dislikes and preferences", ["prefer", "preference", "favorite", "favourite", "like", "love", "hate", "dislike", "enjoy"]),
    ];

    /// <summary>The categories for <paramref name="text"/>; <paramref name="custom"/> (a list of <c>{name: description}</c>) replaces the defaults.</summary>
    public static List<string> Assign(string text, JsonArray? custom)
    {
        var terms = TextAnalyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
        var result = new List<string>();
        if (custom is { Count: > 0 })
        {
            foreach (var (name, description) in CustomPairs(custom))
            {
                var keywords = TextAnalyzer.Terms(name.Replace('_', ' ') + " " + description).Where(k => k.Length >= 3);
                if (keywords.Any(terms.Contains)) result.Add(name);
            }
            return result;
        }
        foreach (var (name, _, keywords) in Defaults)
        {
            if (keywords.Select(TextAnalyzer.Stem).Any(terms.Contains)) result.Add(name);
        }
        if (result.Count == 0) result.Add("misc");
        return result;
    }

    public static JsonArray DefaultsAsJson() =>
        Json.Array(Defaults.Select(d => (JsonNode?)new JsonObject { [d.Name] = d.Description }));

    private static IEnumerable<(string Name, string Description)> CustomPairs(JsonArray custom)
    {
        foreach (var item in custom.OfType<JsonObject>())
        {
            foreach (var (name, description) in item) yield return (name, Json.AsString(description) ?? "");
        }
    }
}
