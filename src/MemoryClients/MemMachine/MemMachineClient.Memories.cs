using System.Text.Json.Nodes;
using MemoryClients.Filters;
using MemoryClients.MemMachine.Api;
using MemoryClients.Paging;

namespace MemoryClients.MemMachine;

// Memories in a project: add, search, list (lazily, page by page) and delete.
public partial class MemMachineClient
{
    /// <summary>Adds messages to a project as episodes; the service extracts semantic features from them in the background.</summary>
    /// <param name="messages">At least one message; metadata values must be non-null strings.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="options">Which memory types to write.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One result per message, in order, carrying the new episode's id.</returns>
    /// <remarks>Not retried after the service may have acted on it, so a failure never duplicates messages.</remarks>
    public virtual Task<IReadOnlyList<MemMachineAddMemoryResult>> AddAsync(IEnumerable<MemMachineMessage> messages, string? projectId = null,
        MemMachineAddOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAddAsync(BuildAdd(messages, projectId, options), cancellationToken);

    private async Task<IReadOnlyList<MemMachineAddMemoryResult>> SendAddAsync(MemMachineAddMemoriesRequest request, CancellationToken cancellationToken)
    {
        var response = await V2.AddMemoriesAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Results;
    }

    private MemMachineAddMemoriesRequest BuildAdd(IEnumerable<MemMachineMessage> messages, string? projectId, MemMachineAddOptions? options) => new()
    {
        OrgId = _settings.OrgId,
        ProjectId = ProjectOrDefault(projectId, nameof(projectId)),
        Types = CopyTypes(options?.Types, nameof(options)),
        Messages = CheckMessages(messages, nameof(messages)),
    };

    /// <summary>Searches a project's episodic (long-term and short-term) and semantic memory.</summary>
    /// <param name="query">What to look for, in natural language; not empty.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="options">Result count, filter, context expansion, score threshold, memory types, agent mode and semantic set.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<MemMachineSearchResult> SearchAsync(string query, string? projectId = null, MemMachineSearchOptions? options = null,
        CancellationToken cancellationToken = default) =>
        SendSearchAsync(BuildSearch(query, projectId, options), cancellationToken);

    private async Task<MemMachineSearchResult> SendSearchAsync(MemMachineSearchMemoriesRequest request, CancellationToken cancellationToken)
    {
        var response = await V2.SearchMemoriesAsync(request, cancellationToken).ConfigureAwait(false);
        return MemMachineSearchResult.From(response);
    }

    private MemMachineSearchMemoriesRequest BuildSearch(string query, string? projectId, MemMachineSearchOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        Http.WellFormedText.Require(query, nameof(query));
        if (options?.TopK is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.TopK, "TopK (top_k) must be at least 1.");
        if (options?.ExpandContext is < 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.ExpandContext, "ExpandContext (expand_context) must be 0 or more.");
        if (options?.ScoreThreshold is { } threshold && !double.IsFinite(threshold))
            throw new ArgumentOutOfRangeException(nameof(options), threshold, "ScoreThreshold (score_threshold) must be a finite number; leave it null for no threshold.");
        var request = new MemMachineSearchMemoriesRequest
        {
            OrgId = _settings.OrgId,
            ProjectId = ProjectOrDefault(projectId, nameof(projectId)),
            Query = query,
            TopK = options?.TopK,
            Filter = FilterText(options?.Filter, options?.RawFilter, nameof(options)),
            ExpandContext = options?.ExpandContext,
            ScoreThreshold = options?.ScoreThreshold,
            Types = CopyTypes(options?.Types, nameof(options)),
            AgentMode = options?.AgentMode,
            SetMetadata = Copy(options?.SetMetadata),
        };
        return request;
    }

    /// <summary>Walks every episode of a project, oldest first, fetching a page only when the previous one is used up.</summary>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="options">Page size and filter.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    /// <remarks>Pages are numbered from 0; the walk ends at a page shorter than the page size (or empty). <c>AsPages("3")</c> starts at page 3.</remarks>
    public virtual AsyncPageable<MemMachineEpisode> ListEpisodicAsync(string? projectId = null, MemMachineListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var query = BuildListQuery(projectId, options);
        return AsyncPageable.Create((token, ct) => SendPageAsync(query, MemMachineMemoryType.Episodic, token, static c => c.EpisodicMemory, ct), cancellationToken);
    }

    /// <summary>Walks every semantic feature of a project, fetching a page only when the previous one is used up.</summary>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="options">Page size, filter and semantic set.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    /// <remarks>Pages are numbered from 0; the walk ends at a page shorter than the page size (or empty). <c>AsPages("3")</c> starts at page 3.</remarks>
    public virtual AsyncPageable<MemMachineSemanticFeature> ListSemanticAsync(string? projectId = null, MemMachineListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var query = BuildListQuery(projectId, options);
        return AsyncPageable.Create((token, ct) => SendPageAsync(query, MemMachineMemoryType.Semantic, token, static c => c.SemanticMemory, ct), cancellationToken);
    }

    /// <summary>Fetches one page of a project's episodes.</summary>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="continuationToken">The previous page's <see cref="Page{T}.ContinuationToken"/>; null for the first page.</param>
    /// <param name="options">Page size and filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; its continuation token is null when this page is short.</returns>
    public virtual Task<Page<MemMachineEpisode>> ListEpisodicPageAsync(string? projectId = null, string? continuationToken = null, MemMachineListOptions? options = null,
        CancellationToken cancellationToken = default) =>
        SendPageAsync(BuildListQuery(projectId, options), MemMachineMemoryType.Episodic, continuationToken, static c => c.EpisodicMemory, cancellationToken);

    /// <summary>Fetches one page of a project's semantic features.</summary>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="continuationToken">The previous page's <see cref="Page{T}.ContinuationToken"/>; null for the first page.</param>
    /// <param name="options">Page size, filter and semantic set.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; its continuation token is null when this page is short.</returns>
    public virtual Task<Page<MemMachineSemanticFeature>> ListSemanticPageAsync(string? projectId = null, string? continuationToken = null, MemMachineListOptions? options = null,
        CancellationToken cancellationToken = default) =>
        SendPageAsync(BuildListQuery(projectId, options), MemMachineMemoryType.Semantic, continuationToken, static c => c.SemanticMemory, cancellationToken);

    /// <summary>Deletes episodes by id (<see cref="MemMachineEpisode.Uid"/>).</summary>
    /// <param name="episodicIds">The ids; they are trimmed, blanks and duplicates dropped, and at least one must remain.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task DeleteEpisodicAsync(IEnumerable<string> episodicIds, string? projectId = null, CancellationToken cancellationToken = default) =>
        Errors.EarlierDelete.Succeeded(V2.DeleteEpisodicMemoriesAsync(BuildDeleteEpisodic(episodicIds, projectId), cancellationToken));

    private MemMachineDeleteEpisodicRequest BuildDeleteEpisodic(IEnumerable<string> episodicIds, string? projectId) => new()
    {
        OrgId = _settings.OrgId,
        ProjectId = ProjectOrDefault(projectId, nameof(projectId)),
        EpisodicIds = MemMachineIds.Normalize(episodicIds, nameof(episodicIds)),
    };

    /// <summary>Deletes semantic features by id (<c>MemMachineSemanticFeature.Metadata.Id</c>).</summary>
    /// <param name="semanticIds">The ids; they are trimmed, blanks and duplicates dropped, and at least one must remain.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task DeleteSemanticAsync(IEnumerable<string> semanticIds, string? projectId = null, CancellationToken cancellationToken = default) =>
        Errors.EarlierDelete.Succeeded(V2.DeleteSemanticMemoriesAsync(BuildDeleteSemantic(semanticIds, projectId), cancellationToken));

    private MemMachineDeleteSemanticRequest BuildDeleteSemantic(IEnumerable<string> semanticIds, string? projectId) => new()
    {
        OrgId = _settings.OrgId,
        ProjectId = ProjectOrDefault(projectId, nameof(projectId)),
        SemanticIds = MemMachineIds.Normalize(semanticIds, nameof(semanticIds)),
    };

    /// <summary>The filter string to send: the typed filter written for MemMachine, or the raw string; never both.</summary>
    private static string? FilterText(MemoryFilter? filter, string? raw, string paramName) => (filter, raw) switch
    {
        (not null, not null) => throw new ArgumentException("Set options.Filter (typed) or options.RawFilter (a filter string), not both.", paramName),
        (not null, null) => filter.ToMemMachineFilter(),
        _ => raw,
    };

    /// <summary>What every page request of one listing shares, captured when the listing is created.</summary>
    private sealed record ListQuery(string? OrgId, string ProjectId, int PageSize, string? Filter, JsonObject? SetMetadata);

    private ListQuery BuildListQuery(string? projectId, MemMachineListOptions? options)
    {
        var pageSize = options?.PageSize ?? MemMachineListOptions.DefaultPageSize;
        if (pageSize < 1)
            throw new ArgumentOutOfRangeException(nameof(options), pageSize, "PageSize (page_size) must be at least 1.");
        return new ListQuery(_settings.OrgId, ProjectOrDefault(projectId, nameof(projectId)), pageSize, FilterText(options?.Filter, options?.RawFilter, nameof(options)), Copy(options?.SetMetadata));
    }

    private async Task<Page<T>> SendPageAsync<T>(ListQuery query, MemMachineMemoryType type, string? continuationToken,
        Func<MemMachineListContent, IReadOnlyList<T>?> select, CancellationToken cancellationToken)
    {
        var pageNum = MemMachinePageToken.Read(continuationToken, nameof(continuationToken));
        var response = await V2.ListMemoriesAsync(BuildList(query, type, pageNum), cancellationToken).ConfigureAwait(false);
        var items = select(response.Content) ?? [];
        return new Page<T>(items, MemMachinePageToken.Next(pageNum, items.Count, query.PageSize));
    }

    private static MemMachineListMemoriesRequest BuildList(ListQuery query, MemMachineMemoryType type, int pageNum) => new()
    {
        OrgId = query.OrgId,
        ProjectId = query.ProjectId,
        PageSize = query.PageSize,
        PageNum = pageNum,
        Filter = query.Filter,
        SetMetadata = query.SetMetadata,
        Type = type,
    };

    private static readonly Dictionary<string, string> EmptyMetadata = [];

    private static List<MemMachineMessage> CheckMessages(IEnumerable<MemMachineMessage> messages, string paramName)
    {
        ArgumentNullException.ThrowIfNull(messages, paramName);
        var list = messages.ToList();
        if (list.Count == 0)
            throw new ArgumentException("At least one message is required.", paramName);
        for (var i = 0; i < list.Count; i++)
        {
            var message = list[i] ?? throw new ArgumentException($"messages[{i}] is null.", paramName);
            if (message.Content is null)
                throw new ArgumentException($"messages[{i}].Content is required.", paramName);
            Http.WellFormedText.Require(message.Content, paramName);
            if (message.EpisodeType is { } episodeType)
                RequireKnown(episodeType.ToString(), [MemMachineEpisodeType.Message.ToString()], $"messages[{i}].EpisodeType", paramName);
            // The type already says string; this catches nulls slipped past nullable annotations (the service answers 422).
            foreach (var (key, value) in message.Metadata ?? EmptyMetadata)
            {
                if (value is null)
                    throw new ArgumentException($"messages[{i}].Metadata[\"{key}\"] is null; MemMachine metadata values must be strings.", paramName);
            }
        }
        return list;
    }

    private static List<MemMachineMemoryType>? CopyTypes(IReadOnlyList<MemMachineMemoryType>? types, string paramName)
    {
        if (types is null)
            return null;
        if (types.Any(t => string.IsNullOrWhiteSpace(t.ToString())))
            throw new ArgumentException("Types must not contain a null or blank memory type.", paramName);
        foreach (var type in types)
            RequireKnown(type.ToString(), [MemMachineMemoryType.Episodic.ToString(), MemMachineMemoryType.Semantic.ToString()], "Types", paramName);
        return [.. types];
    }

    /// <summary>
    /// MemMachine accepts only its documented values here, case-sensitively, and answers 422 to anything else
    /// (<c>"Episodic"</c>, <c>"both"</c>): such a value is refused before any I/O. The raw API (<see cref="V2"/>) sends any
    /// value as given, for a value the service adds later.
    /// </summary>
    private static void RequireKnown(string value, string[] known, string what, string paramName)
    {
        if (!known.Contains(value, StringComparer.Ordinal))
            throw new ArgumentException($"{what} must be {string.Join(" or ", known.Select(k => $"'{k}'"))} (MemMachine rejects anything else, and its values are case-sensitive); got '{value}'.", paramName);
    }

    // A private copy, so a caller changing their object later cannot change a request (or a page) already described.
    private static JsonObject? Copy(JsonObject? value) => value?.DeepClone().AsObject();
}
