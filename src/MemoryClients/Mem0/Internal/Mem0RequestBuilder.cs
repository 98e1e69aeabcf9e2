using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Mem0.Api;
using MemoryClients.Serialization;
using MemoryClients.Validation;

namespace MemoryClients.Mem0;

/// <summary>
/// Turns the ergonomic arguments of <see cref="Mem0Client"/> into wire requests: validation before any I/O,
/// scope-to-filter translation, defensive copies of the caller's JSON, and the paging token.
/// </summary>
internal static class Mem0RequestBuilder
{
    internal const int MaxTopK = 1000;
    internal const int MaxPageSize = 200;
    internal const int MaxBatchSize = 1000;

    private static readonly string[] EntityKeys = ["user_id", "agent_id", "app_id", "run_id"];
    private static readonly string[] LogicalKeys = ["AND", "OR", "NOT"];

    /// <summary>
    /// A scope as Mem0 filters, by the rule of <see cref="MemoryScope.Includes"/>: one id bare, several combined with AND, a user
    /// with an agent read as the user.
    /// </summary>
    public static JsonObject ScopeFilters(MemoryScope scope)
    {
        // Written directly (the same JSON as MemoryFilter.ForScope(...).ToMem0Filter()): a search is too common to build a filter tree for.
        var read = scope.ForReads(MemoryProvider.Mem0);
        var ids = new List<JsonObject>(4);
        if (read.UserId is { } user) ids.Add(new JsonObject { ["user_id"] = user });
        if (read.AgentId is { } agent) ids.Add(new JsonObject { ["agent_id"] = agent });
        if (read.AppId is { } app) ids.Add(new JsonObject { ["app_id"] = app });
        if (read.RunId is { } run) ids.Add(new JsonObject { ["run_id"] = run });
        return ids is [var only] ? only : new JsonObject { ["AND"] = new JsonArray([.. ids]) };
    }

    /// <summary>A private copy of the caller's filters, after checking they name an entity id somewhere (also inside AND/OR/NOT).</summary>
    public static JsonObject CopyFilters(JsonObject? filters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(filters, paramName);
        if (!HasEntityId(filters))
            throw new ArgumentException(
                "The filters must name at least one of user_id, agent_id, app_id or run_id (Mem0 requires an entity id for search and list).",
                paramName);
        return (JsonObject)filters.DeepClone();
    }

    /// <summary>True when an entity id key with a non-null value appears at the root or under a logical operator.</summary>
    internal static bool HasEntityId(JsonObject filter)
    {
        foreach (var (key, value) in filter)
        {
            if (value is not null && Array.IndexOf(EntityKeys, key) >= 0)
                return true;
            if (Array.IndexOf(LogicalKeys, key) < 0)
                continue;
            if (value is JsonObject child && HasEntityId(child))
                return true;
            if (value is JsonArray children && children.OfType<JsonObject>().Any(HasEntityId))
                return true;
        }
        return false;
    }

    /// <summary>The trimmed query; throws when it is null, empty or whitespace.</summary>
    public static string Query(string? query, string paramName)
    {
        ArgumentNullException.ThrowIfNull(query, paramName);
        WellFormedText.Require(query, paramName);
        var trimmed = query.Trim();
        if (trimmed.Length == 0)
            throw new ArgumentException("The query must not be empty or whitespace.", paramName);
        return trimmed;
    }

    /// <summary>The text of a message, unchanged; throws when it is null, empty, whitespace or holds an unpaired surrogate.</summary>
    public static string Text(string? text, string paramName)
    {
        ArgumentNullException.ThrowIfNull(text, paramName);
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException("The text must not be empty or whitespace.", paramName);
        WellFormedText.Require(text, paramName);
        return text;
    }

    /// <summary>Throws unless <paramref name="memoryId"/> can go into a request path (not empty, <c>.</c>, <c>..</c> or with control characters).</summary>
    public static void MemoryId(string? memoryId, string paramName) => PathSegment.Require(memoryId, paramName);

    /// <summary>The add's body: the options as set (JSON copied), the messages and the scope's ids.</summary>
    public static Mem0AddMemoriesRequest Add(IReadOnlyList<Mem0Message>? messages, MemoryScope? scope, Mem0AddOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
            throw new ArgumentException("At least one message is required.", nameof(messages));
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i] is null)
                throw new ArgumentException($"messages[{i}] is null.", nameof(messages));
            if (string.IsNullOrWhiteSpace(messages[i].Role.ToString()) || string.IsNullOrWhiteSpace(messages[i].Content))
                throw new ArgumentException($"messages[{i}] needs a role and non-empty content.", nameof(messages));
            WellFormedText.Require(messages[i].Content, nameof(messages));
        }
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        options ??= NoAddOptions;
        options.CheckCallSettings(nameof(options));
        var request = new Mem0AddMemoriesRequest(options, [.. messages])
        {
            UserId = scope!.UserId,
            AgentId = scope.AgentId,
            AppId = scope.AppId,
            RunId = scope.RunId,
            Metadata = Copy(options.Metadata),
            CustomCategories = options.CustomCategories is { } categories ? [.. categories.Select(c => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(c))] : null,
            StructuredDataSchema = Copy(options.StructuredDataSchema),
        };
        request.AdditionalProperties = Extras(request.AdditionalProperties, hasFilters: false);
        return request;
    }

    /// <summary>The search's body: the options as set (JSON copied, ranges checked), the query and the filters.</summary>
    public static Mem0SearchMemoriesRequest Search(string query, JsonObject filters, Mem0SearchOptions? options)
    {
        options ??= NoSearchOptions;
        options.CheckCallSettings(nameof(options));
        if (options.TopK is { } topK && topK is < 1 or > MaxTopK)
            throw new ArgumentOutOfRangeException("options.TopK", topK, $"top_k must be between 1 and {MaxTopK}.");
        if (options.Threshold is { } threshold && !(threshold >= 0 && threshold <= 1))
            throw new ArgumentOutOfRangeException("options.Threshold", threshold, "threshold must be between 0 and 1.");
        var request = new Mem0SearchMemoriesRequest(options, query, filters)
        {
            Fields = Copy(options.Fields),
            Categories = Copy(options.Categories),
            Metadata = Copy(options.Metadata),
        };
        request.AdditionalProperties = Extras(request.AdditionalProperties, hasFilters: true);
        return request;
    }

    /// <summary>The listing's body: the options as set (JSON copied, page size checked) and the filters.</summary>
    public static Mem0ListMemoriesRequest List(JsonObject filters, Mem0ListOptions? options)
    {
        options ??= NoListOptions;
        options.CheckCallSettings(nameof(options));
        if (options.PageSize is { } pageSize)
            PageSize(pageSize, "options.PageSize");
        var request = new Mem0ListMemoriesRequest(options, filters)
        {
            Categories = Copy(options.Categories),
            Fields = Copy(options.Fields),
        };
        request.AdditionalProperties = Extras(request.AdditionalProperties, hasFilters: true);
        return request;
    }

    /// <summary>The update's body: the changes as set (JSON copied); at least one is required.</summary>
    public static Mem0UpdateMemoryRequest Update(Mem0UpdateOptions? options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.CheckCallSettings(nameof(options));
        if (options.Text is null && options.Metadata is null && options.Timestamp is null && !options.ExpirationDate.IsSpecified)
            throw new ArgumentException("Set at least one of Text, Metadata, Timestamp or ExpirationDate.", nameof(options));
        return new Mem0UpdateMemoryRequest(options) { Metadata = Copy(options.Metadata) };
    }

    private static readonly Mem0AddOptions NoAddOptions = new();
    private static readonly Mem0SearchOptions NoSearchOptions = new();
    private static readonly Mem0ListOptions NoListOptions = new();

    public static Mem0BatchUpdateRequest BatchUpdate(IReadOnlyList<Mem0BatchUpdate>? updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        BatchSize(updates.Count, nameof(updates));
        var copies = new Mem0BatchUpdate[updates.Count];
        for (var i = 0; i < updates.Count; i++)
        {
            var update = updates[i] ?? throw new ArgumentException($"updates[{i}] is null.", nameof(updates));
            if (string.IsNullOrWhiteSpace(update.MemoryId))
                throw new ArgumentException($"updates[{i}].MemoryId is empty.", nameof(updates));
            copies[i] = update with { Metadata = Copy(update.Metadata) };
        }
        return new Mem0BatchUpdateRequest { Memories = copies };
    }

    public static Mem0BatchDeleteRequest BatchDelete(IReadOnlyList<string>? memoryIds)
    {
        ArgumentNullException.ThrowIfNull(memoryIds);
        BatchSize(memoryIds.Count, nameof(memoryIds));
        var items = new Mem0BatchDeleteItem[memoryIds.Count];
        for (var i = 0; i < memoryIds.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(memoryIds[i]))
                throw new ArgumentException($"memoryIds[{i}] is empty.", nameof(memoryIds));
            items[i] = new Mem0BatchDeleteItem { MemoryId = memoryIds[i] };
        }
        return new Mem0BatchDeleteRequest { Memories = items };
    }

    /// <summary>Throws unless <paramref name="pageSize"/> is null (the service's default) or 1 to 200.</summary>
    public static void PageSize(int? pageSize, string paramName)
    {
        if (pageSize is < 1 or > MaxPageSize)
            throw new ArgumentOutOfRangeException(paramName, pageSize, $"page_size must be between 1 and {MaxPageSize}.");
    }

    private static void BatchSize(int count, string paramName)
    {
        if (count is < 1 or > MaxBatchSize)
            throw new ArgumentException($"A batch holds between 1 and {MaxBatchSize} memories; got {count}.", paramName);
    }

    /// <summary>
    /// A copy of the caller's extra body fields (so a later change to their dictionary cannot change the request). Entity ids
    /// are refused: they come from the scope only (search and list would also get 400). A field the typed request already
    /// writes is refused when the body is written (<see cref="ExtraBodyFields.Append"/>).
    /// </summary>
    private static Dictionary<string, JsonElement>? Extras(IDictionary<string, JsonElement>? extras, bool hasFilters, string paramName = ExtraBodyFields.ParamName)
    {
        if (extras is null)
            return null;
        var copy = new Dictionary<string, JsonElement>(extras.Count, StringComparer.Ordinal);
        foreach (var (key, value) in extras)
        {
            // Entity ids come from the scope only: smuggled in here they would bypass its checks (and search and list answer 400).
            if (Array.IndexOf(EntityKeys, key) >= 0)
                throw new ArgumentException(
                    $"'{key}' may not be an extra body field; put entity ids in the scope{(hasFilters ? " or the filters" : "")}.",
                    paramName);
            copy[key] = value.Clone();
        }
        return copy;
    }

    private static JsonObject? Copy(JsonObject? value) => (JsonObject?)value?.DeepClone();

    private static string[]? Copy(IReadOnlyList<string>? value) => value is null ? null : [.. value];
}
