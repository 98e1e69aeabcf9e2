using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Filters;
using MemoryClients.Http;
using MemoryClients.Mem0.Api;
using MemoryClients.Paging;

namespace MemoryClients.Mem0;

/// <summary>
/// The Mem0 Platform client: ergonomic, validated methods over the raw <see cref="V1"/> API.
/// Thread-safe; create one and reuse it.
/// </summary>
public class Mem0Client : IDisposable
{
    private readonly ApiTransport? _transport;

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <exception cref="InvalidOperationException">No API key in <paramref name="options"/> nor in <c>MEM0_API_KEY</c>.</exception>
    public Mem0Client(Mem0ClientOptions? options = null) : this(CreateTransport(options, httpClient: null)) { }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>, which it never changes or disposes.</summary>
    public Mem0Client(HttpClient httpClient, Mem0ClientOptions? options = null)
        : this(CreateTransport(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)))) { }

    /// <summary>For mocking frameworks only.</summary>
    protected Mem0Client()
    {
        V1 = null!;
        V2 = null!;
        V3 = null!;
        Entities = null!;
        Events = null!;
        Exports = null!;
        Project = null!;
        Webhooks = null!;
        Profiles = null!;
    }

    internal Mem0Client(ApiTransport transport)
    {
        _transport = transport;
        V1 = transport.Api<IMem0V1Api>();
        V2 = transport.Api<IMem0V2Api>();
        V3 = transport.Api<IMem0V3Api>();
        var identity = new Mem0Identity(V1);
        Entities = new Mem0EntitiesClient(V1, V2);
        Events = new Mem0EventsClient(V1, transport.TimeProvider);
        Exports = new Mem0ExportsClient(V1, transport.TimeProvider);
        Project = new Mem0ProjectClient(V1, identity);
        Webhooks = new Mem0WebhooksClient(V1, identity);
        Profiles = new Mem0ProfilesClient(V2);
    }

    /// <summary>The raw <c>/v1/</c> endpoints.</summary>
    public virtual IMem0V1Api V1 { get; }

    /// <summary>The raw <c>/v2/</c> endpoints.</summary>
    public virtual IMem0V2Api V2 { get; }

    /// <summary>The raw <c>/v3/</c> endpoints (add, search, list).</summary>
    public virtual IMem0V3Api V3 { get; }

    /// <summary>The project's users, agents, apps and runs: list, read, delete.</summary>
    public virtual Mem0EntitiesClient Entities { get; }

    /// <summary>Asynchronous jobs (events) and usage statistics, with waiting for completion.</summary>
    public virtual Mem0EventsClient Events { get; }

    /// <summary>Structured memory exports.</summary>
    public virtual Mem0ExportsClient Exports { get; }

    /// <summary>The key's project: settings and members.</summary>
    public virtual Mem0ProjectClient Project { get; }

    /// <summary>Webhooks called when memories change.</summary>
    public virtual Mem0WebhooksClient Webhooks { get; }

    /// <summary>User profiles (beta).</summary>
    public virtual Mem0ProfilesClient Profiles { get; }

    /// <summary>Checks the API key and returns the organisation and project it belongs to.</summary>
    public virtual Task<Mem0PingResponse> PingAsync(CancellationToken cancellationToken = default) => V1.PingAsync(cancellationToken);

    /// <summary>
    /// Adds memories extracted from a conversation (<c>POST /v3/memories/add/</c>). Extraction usually runs in the background:
    /// the answer carries the event id to poll; with <see cref="Mem0AddOptions.Infer"/> false the memories come back directly.
    /// </summary>
    /// <param name="messages">The conversation; at least one message.</param>
    /// <param name="scope">Who the memories belong to; at least one id. Sent as top-level <c>user_id</c>, <c>agent_id</c>, <c>app_id</c>, <c>run_id</c>.</param>
    /// <param name="options">Optional settings; only what is set is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">No messages, a null message, an empty scope, or an extra body field the SDK models.</exception>
    public virtual Task<Mem0AddMemoriesResponse> AddAsync(IReadOnlyList<Mem0Message> messages, MemoryScope scope, Mem0AddOptions? options = null, CancellationToken cancellationToken = default) =>
        V3.AddMemoriesAsync(Mem0RequestBuilder.Add(messages, scope, options), cancellationToken);

    /// <summary>
    /// Searches a scope's memories (<c>POST /v3/memories/search/</c>), best match first. One id becomes the filter
    /// <c>{"user_id": ...}</c>; several are combined with <c>AND</c>, except that a user with an agent reads the user's
    /// memories, where Mem0 files them (<see cref="MemoryScope.Includes"/>). For OR and other conditions use the overload that takes filters.
    /// </summary>
    /// <param name="query">What to look for; trimmed, and must not be empty.</param>
    /// <param name="scope">Whose memories to search; at least one id.</param>
    /// <param name="options">Optional settings; only what is set is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">An empty query or scope, or an option out of range (top_k 1 to 1000, threshold 0 to 1).</exception>
    public virtual Task<IReadOnlyList<Mem0Memory>> SearchAsync(string query, MemoryScope scope, Mem0SearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        var text = Mem0RequestBuilder.Query(query, nameof(query));
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        return SendSearchAsync(Mem0RequestBuilder.Search(text, Mem0RequestBuilder.ScopeFilters(scope), options), cancellationToken);
    }

    /// <summary>Searches the memories that match a Mem0 filter tree (<c>POST /v3/memories/search/</c>), best match first.</summary>
    /// <param name="query">What to look for; trimmed, and must not be empty.</param>
    /// <param name="filters">The filter tree, sent as written (a copy is taken); it must name <c>user_id</c>, <c>agent_id</c>, <c>app_id</c> or <c>run_id</c> somewhere.</param>
    /// <param name="options">Optional settings; only what is set is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">An empty query, filters without an entity id, or an option out of range.</exception>
    public virtual Task<IReadOnlyList<Mem0Memory>> SearchAsync(string query, JsonObject filters, Mem0SearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        var text = Mem0RequestBuilder.Query(query, nameof(query));
        var copy = Mem0RequestBuilder.CopyFilters(filters, nameof(filters));
        return SendSearchAsync(Mem0RequestBuilder.Search(text, copy, options), cancellationToken);
    }

    /// <summary>Searches the memories that match a typed filter (<c>POST /v3/memories/search/</c>), best match first.</summary>
    /// <param name="query">What to look for; trimmed, and must not be empty.</param>
    /// <param name="filter">The filter, written as Mem0's filter tree; it must name an entity id somewhere.</param>
    /// <param name="options">Optional settings; only what is set is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="FilterNotSupportedException">The filter uses something Mem0 cannot express.</exception>
    public virtual Task<IReadOnlyList<Mem0Memory>> SearchAsync(string query, MemoryFilter filter, Mem0SearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var text = Mem0RequestBuilder.Query(query, nameof(query));
        var filters = Mem0RequestBuilder.CopyFilters(filter.ToMem0Filter(), nameof(filter));
        return SendSearchAsync(Mem0RequestBuilder.Search(text, filters, options), cancellationToken);
    }

    /// <summary>
    /// Every memory of a scope (<c>POST /v3/memories/</c>), fetched page by page as you enumerate. Several ids are read by the
    /// rule of <see cref="MemoryScope.Includes"/>, as in <see cref="SearchAsync(string, MemoryScope, Mem0SearchOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="scope">Whose memories to list; at least one id.</param>
    /// <param name="options">Optional settings, including the page size; only what is set is sent.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    /// <exception cref="ArgumentException">An empty scope or an option out of range (page_size 1 to 200); thrown here, not on enumeration.</exception>
    public virtual AsyncPageable<Mem0Memory> ListAsync(MemoryScope scope, Mem0ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        return List(Mem0RequestBuilder.List(Mem0RequestBuilder.ScopeFilters(scope), options), options?.PageSize, cancellationToken);
    }

    /// <summary>Every memory that matches a Mem0 filter tree (<c>POST /v3/memories/</c>), fetched page by page as you enumerate.</summary>
    /// <param name="filters">The filter tree, sent as written (a copy is taken now); it must name <c>user_id</c>, <c>agent_id</c>, <c>app_id</c> or <c>run_id</c> somewhere.</param>
    /// <param name="options">Optional settings, including the page size; only what is set is sent.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    /// <exception cref="ArgumentException">Filters without an entity id or an option out of range; thrown here, not on enumeration.</exception>
    public virtual AsyncPageable<Mem0Memory> ListAsync(JsonObject filters, Mem0ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var copy = Mem0RequestBuilder.CopyFilters(filters, nameof(filters));
        return List(Mem0RequestBuilder.List(copy, options), options?.PageSize, cancellationToken);
    }

    /// <summary>Every memory that matches a typed filter (<c>POST /v3/memories/</c>), fetched page by page as you enumerate.</summary>
    /// <param name="filter">The filter, written as Mem0's filter tree now; it must name an entity id somewhere.</param>
    /// <param name="options">Optional settings, including the page size; only what is set is sent.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    /// <exception cref="FilterNotSupportedException">The filter uses something Mem0 cannot express.</exception>
    public virtual AsyncPageable<Mem0Memory> ListAsync(MemoryFilter filter, Mem0ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ListAsync(filter.ToMem0Filter(), options, cancellationToken);
    }

    /// <summary>One page of a scope's memories (<c>POST /v3/memories/?page=&amp;page_size=</c>), for explicit page navigation.</summary>
    /// <param name="scope">Whose memories to list; at least one id.</param>
    /// <param name="continuationToken">The previous page's <see cref="Page{T}.ContinuationToken"/>; null for the first page.</param>
    /// <param name="options">Optional settings, including the page size; only what is set is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Page<Mem0Memory>> ListPageAsync(MemoryScope scope, string? continuationToken = null, Mem0ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        return SendPageAsync(Mem0RequestBuilder.List(Mem0RequestBuilder.ScopeFilters(scope), options), continuationToken, options?.PageSize, cancellationToken);
    }

    /// <summary>One page of the memories that match a Mem0 filter tree (<c>POST /v3/memories/?page=&amp;page_size=</c>).</summary>
    /// <param name="filters">The filter tree, sent as written (a copy is taken); it must name an entity id somewhere.</param>
    /// <param name="continuationToken">The previous page's <see cref="Page{T}.ContinuationToken"/>; null for the first page.</param>
    /// <param name="options">Optional settings, including the page size; only what is set is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Page<Mem0Memory>> ListPageAsync(JsonObject filters, string? continuationToken = null, Mem0ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var copy = Mem0RequestBuilder.CopyFilters(filters, nameof(filters));
        return SendPageAsync(Mem0RequestBuilder.List(copy, options), continuationToken, options?.PageSize, cancellationToken);
    }

    /// <summary>One page of the memories that match a typed filter (<c>POST /v3/memories/?page=&amp;page_size=</c>).</summary>
    /// <param name="filter">The filter, written as Mem0's filter tree; it must name an entity id somewhere.</param>
    /// <param name="continuationToken">The previous page's <see cref="Page{T}.ContinuationToken"/>; null for the first page.</param>
    /// <param name="options">Optional settings, including the page size; only what is set is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Page<Mem0Memory>> ListPageAsync(MemoryFilter filter, string? continuationToken = null, Mem0ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ListPageAsync(filter.ToMem0Filter(), continuationToken, options, cancellationToken);
    }

    /// <summary>One memory by id (<c>GET /v1/memories/{memory_id}/</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="memoryId"/> is empty, <c>.</c>, <c>..</c> or holds control characters.</exception>
    public virtual Task<Mem0Memory> GetAsync(string memoryId, CancellationToken cancellationToken = default)
    {
        Mem0RequestBuilder.MemoryId(memoryId, nameof(memoryId));
        return V1.GetMemoryAsync(memoryId, cancellationToken);
    }

    /// <summary>Changes a memory (<c>PUT /v1/memories/{memory_id}/</c>) and returns it; only the options you assign are sent.</summary>
    /// <param name="memoryId">The memory to change.</param>
    /// <param name="options">What to change; assigning <see cref="Mem0UpdateOptions.ExpirationDate"/> to null removes the expiration date.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">An empty id, or nothing to change.</exception>
    public virtual Task<Mem0Memory> UpdateAsync(string memoryId, Mem0UpdateOptions options, CancellationToken cancellationToken = default)
    {
        Mem0RequestBuilder.MemoryId(memoryId, nameof(memoryId));
        return V1.UpdateMemoryAsync(memoryId, Mem0RequestBuilder.Update(options), cancellationToken);
    }

    /// <summary>Deletes a memory (<c>DELETE /v1/memories/{memory_id}/</c>); with <paramref name="deleteLinked"/> also the older memories it superseded.</summary>
    /// <exception cref="ArgumentException"><paramref name="memoryId"/> is empty, <c>.</c>, <c>..</c> or holds control characters.</exception>
    public virtual Task<Mem0DeleteMemoryResponse> DeleteAsync(string memoryId, bool deleteLinked = false, CancellationToken cancellationToken = default)
    {
        Mem0RequestBuilder.MemoryId(memoryId, nameof(memoryId));
        // delete_linked is sent only when asked for, as the official SDKs do.
        return Errors.EarlierDelete.Succeeded(V1.DeleteMemoryAsync(memoryId, deleteLinked ? true : null, cancellationToken), static () => new());
    }

    /// <summary>
    /// Queues the deletion of every memory in a scope (<c>DELETE /v1/memories/</c>): the memories that
    /// <see cref="SearchAsync(string, MemoryScope, Mem0SearchOptions?, CancellationToken)"/> and
    /// <see cref="ListAsync(MemoryScope, Mem0ListOptions?, CancellationToken)"/> find through the same scope (<see cref="MemoryScope.Includes"/>).
    /// A scope never holds the wildcard <c>*</c>; to delete every entity of the project on purpose, use
    /// <see cref="Mem0EntitiesClient.DeleteAllEntitiesAsync"/>.
    /// </summary>
    /// <param name="scope">Whose memories to delete; at least one id.</param>
    /// <param name="metadata">Only memories with this metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The scope has no id.</exception>
    public virtual Task<Mem0DeleteAllMemoriesResponse> DeleteAllAsync(MemoryScope scope, JsonObject? metadata = null, CancellationToken cancellationToken = default)
    {
        var ids = MemoryScope.RequireNonEmpty(scope, nameof(scope)).ForReads(MemoryProvider.Mem0);
        var condition = metadata is null ? null : JsonSerializer.Serialize(metadata, Mem0JsonContext.Default.JsonObject);
        return Errors.EarlierDelete.Succeeded(V1.DeleteAllMemoriesAsync(ids.UserId, ids.AgentId, ids.AppId, ids.RunId, condition, cancellationToken), static () => new());
    }

    /// <summary>Every change made to a memory (<c>GET /v1/memories/{memory_id}/history/</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="memoryId"/> is empty, <c>.</c>, <c>..</c> or holds control characters.</exception>
    public virtual Task<IReadOnlyList<Mem0HistoryEntry>> HistoryAsync(string memoryId, CancellationToken cancellationToken = default)
    {
        Mem0RequestBuilder.MemoryId(memoryId, nameof(memoryId));
        return V1.GetMemoryHistoryAsync(memoryId, cancellationToken);
    }

    /// <summary>Changes 1 to 1000 memories in one call (<c>PUT /v1/batch/</c>).</summary>
    /// <exception cref="ArgumentException">No updates, more than 1000, or an update without a memory id.</exception>
    public virtual Task<Mem0BatchResponse> BatchUpdateAsync(IReadOnlyList<Mem0BatchUpdate> updates, CancellationToken cancellationToken = default)
    {
        var request = Mem0RequestBuilder.BatchUpdate(updates);
        return V1.BatchUpdateMemoriesAsync(request, cancellationToken);
    }

    /// <summary>Deletes 1 to 1000 memories in one call (<c>DELETE /v1/batch/</c>).</summary>
    /// <exception cref="ArgumentException">No ids, more than 1000, or an empty id.</exception>
    public virtual Task<Mem0BatchResponse> BatchDeleteAsync(IReadOnlyList<string> memoryIds, CancellationToken cancellationToken = default)
    {
        var request = Mem0RequestBuilder.BatchDelete(memoryIds);
        return Errors.EarlierDelete.Succeeded(V1.BatchDeleteMemoriesAsync(request, cancellationToken), static () => new());
    }

    /// <summary>Records feedback on a memory (<c>POST /v1/feedback/</c>).</summary>
    /// <param name="memoryId">The memory the feedback is about.</param>
    /// <param name="feedback">The feedback (for example <see cref="Mem0Feedback.Positive"/>); not sent when null.</param>
    /// <param name="reason">Why; not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="memoryId"/> is empty, <c>.</c>, <c>..</c> or holds control characters.</exception>
    public virtual Task<Mem0SubmitFeedbackResponse> FeedbackAsync(string memoryId, Mem0Feedback? feedback, string? reason = null, CancellationToken cancellationToken = default)
    {
        Mem0RequestBuilder.MemoryId(memoryId, nameof(memoryId));
        return V1.SubmitFeedbackAsync(new Mem0SubmitFeedbackRequest { MemoryId = memoryId, Feedback = feedback, FeedbackReason = reason }, cancellationToken);
    }

    /// <summary>
    /// Adds what the user said, as one user message (<c>POST /v3/memories/add/</c>), as the official clients accept a plain
    /// string; otherwise the same as <see cref="AddAsync(IReadOnlyList{Mem0Message}, MemoryScope, Mem0AddOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="text">The user's message, sent as written; must not be empty or whitespace.</param>
    /// <param name="scope">Who the memories belong to; at least one id.</param>
    /// <param name="options">Optional settings; only what is set is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">Empty or malformed text (an unpaired surrogate), an empty scope, or a bad option.</exception>
    public virtual Task<Mem0AddMemoriesResponse> AddAsync(string text, MemoryScope scope, Mem0AddOptions? options = null, CancellationToken cancellationToken = default) =>
        AddAsync([Mem0Message.User(Mem0RequestBuilder.Text(text, nameof(text)))], scope, options, cancellationToken);

    /// <summary>
    /// A summary of a scope's memories (<c>POST /v1/summary/</c>). Several ids are read by the rule of
    /// <see cref="MemoryScope.Includes"/>, as in <see cref="SearchAsync(string, MemoryScope, Mem0SearchOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="scope">Whose memories to summarise; at least one id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's answer as JSON: the service does not document its shape.</returns>
    /// <exception cref="ArgumentException">The scope has no id.</exception>
    public virtual Task<JsonArray> GetSummaryAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        return V1.GetSummaryAsync(new Mem0GetSummaryRequest { Filters = Mem0RequestBuilder.ScopeFilters(scope) }, cancellationToken);
    }

    /// <summary>A summary of the memories that match a typed filter (<c>POST /v1/summary/</c>).</summary>
    /// <param name="filter">The filter, written as Mem0's filter tree.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's answer as JSON: the service does not document its shape.</returns>
    /// <exception cref="FilterNotSupportedException">The filter uses something Mem0 cannot express.</exception>
    public virtual Task<JsonArray> GetSummaryAsync(MemoryFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return V1.GetSummaryAsync(new Mem0GetSummaryRequest { Filters = filter.ToMem0Filter() }, cancellationToken);
    }

    /// <summary>A summary of the memories that match a Mem0 filter tree (<c>POST /v1/summary/</c>).</summary>
    /// <param name="filters">The filter tree, flat or with AND/OR, sent as written (a copy is taken).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's answer as JSON: the service does not document its shape.</returns>
    public virtual Task<JsonArray> GetSummaryAsync(JsonObject filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return V1.GetSummaryAsync(new Mem0GetSummaryRequest { Filters = (JsonObject)filters.DeepClone() }, cancellationToken);
    }

    private async Task<IReadOnlyList<Mem0Memory>> SendSearchAsync(Mem0SearchMemoriesRequest request, CancellationToken cancellationToken)
    {
        var response = await V3.SearchMemoriesAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Results;
    }

    // Every page re-sends the same body; only the page and page size change, and they always go to our base address.
    private AsyncPageable<Mem0Memory> List(Mem0ListMemoriesRequest request, int? pageSize, CancellationToken cancellationToken) =>
        AsyncPageable.Create((token, ct) => SendPageAsync(request, token, pageSize, ct), cancellationToken);

    /// <summary>The page a continuation token names (the first when it is null), with the page size the token carries.</summary>
    private async Task<Page<Mem0Memory>> SendPageAsync(Mem0ListMemoriesRequest request, string? continuationToken, int? pageSize, CancellationToken cancellationToken)
    {
        var (page, size) = Mem0PageToken.Read(continuationToken, pageSize, nameof(continuationToken));
        // The first page is asked for without a page number, as the official clients do.
        var response = await V3.ListMemoriesAsync(request, continuationToken is null ? null : page, size, cancellationToken).ConfigureAwait(false);
        return new Page<Mem0Memory>(response.Results, Mem0PageToken.Next(response.Next, page, size), response.Count);
    }

    /// <summary>Releases the connection pool the client owns (never a caller's <see cref="HttpClient"/>).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
            _transport?.Dispose();
    }

    private static ApiTransport CreateTransport(Mem0ClientOptions? options, HttpClient? httpClient)
    {
        options ??= new Mem0ClientOptions();
        if (options.ResolveApiKey() is null)
            throw new InvalidOperationException($"No Mem0 API key: set Mem0ClientOptions.ApiKey or the {Mem0ClientOptions.ApiKeyVariable} environment variable.");
        return ApiTransport.Create(options, httpClient);
    }
}
