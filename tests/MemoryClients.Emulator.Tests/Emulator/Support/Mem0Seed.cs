using System.Text.Json.Nodes;

namespace MemoryClients.Emulator.Tests.Emulator.Support;

/// <summary>Helpers that put Mem0 memories in place for a test.</summary>
public static class Mem0Seed
{
    /// <summary>Stores each text verbatim (<c>infer=false</c>) for the given scope JSON fragment; returns the ids in order.</summary>
    public static async Task<List<string>> AddVerbatimAsync(EmulatorApi mem0, string scopeJson, params string[] texts)
    {
        var messages = new JsonArray();
        foreach (var text in texts) messages.Add(new JsonObject { ["role"] = "user", ["content"] = text });
        var response = await mem0.PostAsync("v3/memories/add/", $$"""{"messages": {{messages.ToJsonString()}}, "infer": false, {{scopeJson}}}""");
        response.Code.Should().Be(200, response.Text);
        return [.. response.Body["results"]!.AsArray().Select(r => r!["id"]!.GetValue<string>())];
    }

    public static async Task<string> AddOneAsync(EmulatorApi mem0, string userId, string text, string extraJson = "")
    {
        var extra = extraJson.Length == 0 ? "" : ", " + extraJson;
        var response = await mem0.PostAsync("v3/memories/add/",
            $$"""{"messages": [{"role": "user", "content": {{JsonValue.Create(text).ToJsonString()}}}], "infer": false, "user_id": "{{userId}}"{{extra}}}""");
        response.Code.Should().Be(200, response.Text);
        return response.Body["results"]![0]!["id"]!.GetValue<string>();
    }

    /// <summary>The memory texts a v3 list returns for the filters (first page of up to 200).</summary>
    public static async Task<List<string>> ListTextsAsync(EmulatorApi mem0, string filtersJson, string extraBody = "")
    {
        var extra = extraBody.Length == 0 ? "" : ", " + extraBody;
        var response = await mem0.PostAsync("v3/memories/?page_size=200", $$"""{"filters": {{filtersJson}}{{extra}}}""");
        response.Code.Should().Be(200, response.Text);
        return [.. response.Body["results"]!.AsArray().Select(r => r!["memory"]!.GetValue<string>())];
    }
}
