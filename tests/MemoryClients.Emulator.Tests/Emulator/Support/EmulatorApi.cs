using System.Text;
using System.Text.Json.Nodes;

namespace MemoryClients.Emulator.Tests.Emulator.Support;

/// <summary>A thin HttpClient wrapper for one service: relative paths, JSON text in, <see cref="ApiResponse"/> out.</summary>
public sealed class EmulatorApi(HttpClient client)
{
    public HttpClient Client => client;

    public Task<ApiResponse> GetAsync(string path, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Get, path, null, headers);

    public Task<ApiResponse> PostAsync(string path, string? json, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Post, path, json, headers);

    public Task<ApiResponse> PutAsync(string path, string json) => SendAsync(HttpMethod.Put, path, json);

    public Task<ApiResponse> PatchAsync(string path, string json) => SendAsync(HttpMethod.Patch, path, json);

    public Task<ApiResponse> DeleteAsync(string path, string? json = null) => SendAsync(HttpMethod.Delete, path, json);

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? json, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? node = null;
        try
        {
            node = text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON (HTML fault page, plain-text 500, truncated body): Json stays null.
        }
        return new ApiResponse(response.StatusCode, response, text, node);
    }
}
