using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace MemoryClients.Emulator.Text;

/// <summary>
/// Turns what a user said into facts to remember: with a chat client, as the services do with an LLM (asked for
/// <c>{"facts": [...]}</c>); with <see cref="FactRules"/> when there is none, or when the call fails or its answer is
/// not that list.
/// </summary>
internal sealed class FactExtractor(IChatClient? chatClient)
{
    private const string Instructions = """
        You extract facts worth remembering about the user from the conversation text you are given: preferences,
        personal details, plans, relationships, health, work. Each fact is one short, self-contained statement.
        Skip questions, requests, greetings and small talk. Answer with JSON only, in this shape:
        {"facts": ["fact one", "fact two"]}
        Answer {"facts": []} when there is nothing to remember.
        """;

    public async Task<List<string>> ExtractAsync(string text, CancellationToken cancellationToken)
    {
        if (chatClient is null) return FactRules.Statements(text);
        try
        {
            var response = await chatClient.GetResponseAsync(
                [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, text)],
                new ChatOptions { Temperature = 0 },
                cancellationToken).ConfigureAwait(false);
            return ParseFacts(response.Text) ?? FactRules.Statements(text);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A model that fails must not fail the add: the rules still give a sensible answer.
            return FactRules.Statements(text);
        }
    }

    /// <summary>The facts of an answer such as <c>{"facts": ["..."]}</c>, also inside a code fence or prose; null when there is no such list.</summary>
    internal static List<string>? ParseFacts(string answer)
    {
        var start = answer.IndexOf('{', StringComparison.Ordinal);
        var end = answer.LastIndexOf('}');
        if (start < 0 || end < start) return null;
        try
        {
            if (JsonNode.Parse(answer[start..(end + 1)]) is not JsonObject { } root || root["facts"] is not JsonArray facts) return null;
            var list = new List<string>(facts.Count);
            foreach (var fact in facts)
            {
                if (fact is not JsonValue value || !value.TryGetValue<string>(out var text)) return null;
                if (!string.IsNullOrWhiteSpace(text)) list.Add(text.Trim());
            }
            return list;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
