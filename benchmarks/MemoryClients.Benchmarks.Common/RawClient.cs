using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace MemoryClients.Benchmarks;

/// <summary>
/// The baseline: what a developer writes by hand with one <see cref="HttpClient"/> and source-generated JSON,
/// without retries, telemetry or validation. The SDK is measured against it.
/// </summary>
public sealed class RawClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _mem0;
    private readonly Uri _memMachine;

    /// <summary>Creates a client for a server root (Mem0 paths are relative to it; MemMachine's under <c>v2/</c>).</summary>
    public RawClient(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        _mem0 = baseAddress;
        _memMachine = new Uri(baseAddress, "v2/");
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "bench-key");
    }

    /// <summary>Searches a user's memories.</summary>
    public async Task<IReadOnlyList<RawMemory>> SearchAsync(string query, string userId, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(_mem0, "v3/memories/search/"),
            new RawSearchRequest(query, new RawFilters(userId), 10), RawJsonContext.Default.RawSearchRequest, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync(RawJsonContext.Default.RawSearchResponse, cancellationToken).ConfigureAwait(false);
        return body!.Results;
    }

    /// <summary>Adds a conversation for a user.</summary>
    public async Task<RawAddResponse> AddAsync(IReadOnlyList<RawMessage> messages, string userId, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(_mem0, "v3/memories/add/"),
            new RawAddRequest(messages, userId), RawJsonContext.Default.RawAddRequest, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(RawJsonContext.Default.RawAddResponse, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Gets one memory.</summary>
    public async Task<RawMemory> GetAsync(string memoryId, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(_mem0, "v1/memories/" + Uri.EscapeDataString(memoryId) + "/"), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(RawJsonContext.Default.RawMemory, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Fetches one page (from 1) of a user's memories from <paramref name="root"/> (the server root or a scenario).</summary>
    public async Task<RawPage> ListPageAsync(Uri root, string userId, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        var uri = new Uri(root, string.Create(CultureInfo.InvariantCulture, $"v3/memories/?page={page}&page_size={pageSize}"));
        using var response = await _http.PostAsJsonAsync(uri, new RawListRequest(new RawFilters(userId)), RawJsonContext.Default.RawListRequest, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(RawJsonContext.Default.RawPage, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Fetches one page (from 0) of MemMachine episodes.</summary>
    public async Task<IReadOnlyList<RawEpisode>> ListEpisodesAsync(int pageNum, int pageSize, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(_memMachine, "memories/list"),
            new RawEpisodeListRequest("metadata.user_id='alice'", pageSize, pageNum, "episodic"), RawJsonContext.Default.RawEpisodeListRequest, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync(RawJsonContext.Default.RawEpisodePage, cancellationToken).ConfigureAwait(false);
        return body!.Content.EpisodicMemory ?? [];
    }

    /// <summary>Releases the connection pool.</summary>
    public void Dispose() => _http.Dispose();
}
