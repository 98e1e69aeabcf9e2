using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MemoryClients.Emulator.Embeddings.Tests;

/// <summary>
/// The labelled set in <c>recall-set.tsv</c> (memory, question) and recall@5 over it: every memory is stored for one
/// user, each question is searched with <c>top_k</c> 5, and a question counts when its memory is among the results.
/// Both services' shapes: Mem0 memories (<c>infer: false</c>) and MemMachine episodes (long-term episodic search).
/// </summary>
public static class RecallSet
{
    public static IReadOnlyList<(string Memory, string Query)> Pairs { get; } =
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "recall-set.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[1]))];

    /// <summary>How many questions find their memory in the top 5 on Mem0 and on MemMachine.</summary>
    public static async Task<(int Mem0, int MemMachine)> MeasureAsync(MemoryEmulator emulator)
    {
        using var mem0 = new HttpClient { BaseAddress = emulator.Mem0BaseAddress };
        mem0.DefaultRequestHeaders.Add("Authorization", "Token recall");
        using var memMachine = new HttpClient { BaseAddress = emulator.MemMachineBaseAddress };

        var messages = new JsonArray([.. Pairs.Select(p => (JsonNode)new JsonObject { ["role"] = "user", ["content"] = p.Memory })]);
        await PostAsync(mem0, "v3/memories/add/", new JsonObject { ["messages"] = messages.DeepClone(), ["user_id"] = "alice", ["infer"] = false });
        var episodes = new JsonArray([.. Pairs.Select(p => (JsonNode)new JsonObject { ["content"] = p.Memory, ["producer"] = "alice", ["role"] = "user" })]);
        await PostAsync(memMachine, "memories", new JsonObject { ["project_id"] = "recall", ["messages"] = episodes, ["types"] = new JsonArray("episodic") });

        int mem0Hits = 0, memMachineHits = 0;
        foreach (var (memory, query) in Pairs)
        {
            var found = await PostAsync(mem0, "v3/memories/search/", new JsonObject
            {
                ["query"] = query, ["filters"] = new JsonObject { ["user_id"] = "alice" }, ["top_k"] = 5,
            });
            if (found["results"]!.AsArray().Any(r => (string?)r!["memory"] == memory)) mem0Hits++;

            found = await PostAsync(memMachine, "memories/search", new JsonObject
            {
                ["project_id"] = "recall", ["query"] = query, ["top_k"] = 5, ["types"] = new JsonArray("episodic"),
            });
            if (found["content"]!["episodic_memory"]!["long_term_memory"]!["episodes"]!.AsArray().Any(e => (string?)e!["content"] == memory))
                memMachineHits++;
        }
        return (mem0Hits, memMachineHits);
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, string path, JsonObject body)
    {
        using var response = await http.PostAsync(path, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>(JsonContext.Default.JsonNode))!;
    }
}
