using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Mem0.Filters;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>The body options list and search share: filters, expiry, supersession, categories, projection.</summary>
internal sealed class MemoryQuery
{
    private readonly Func<JsonObject, bool> _filter;
    private readonly List<Func<JsonObject, bool>> _extra = [];
    private readonly Mem0Context _context;
    private readonly bool _showExpired;
    private readonly bool _latestOnly;

    private MemoryQuery(Mem0Context context, JsonObject body, Func<JsonObject, bool> filter)
    {
        _context = context;
        _filter = filter;
        _showExpired = Mem0Request.OptionalBool(body, "show_expired", false);
        _latestOnly = Mem0Request.OptionalBool(body, "latest_only", false);
        Fields = Mem0Request.OptionalStringList(body, "fields");
        if (Mem0Request.OptionalStringList(body, "categories") is { } categories)
            _extra.Add(m => m["categories"] is JsonArray c && c.Select(Json.AsString).Any(x => x is not null && categories.Contains(x)));
    }

    public List<string>? Fields { get; }

    /// <summary>Validates the shared parts of a list or search body (400 with the service's wording on failure).</summary>
    public static MemoryQuery Parse(Mem0Context context, JsonObject body, string operation)
    {
        var topLevel = Mem0Filter.EntityFields.Where(body.ContainsKey).ToList();
        if (topLevel.Count > 0)
        {
            throw Mem0Errors.Error(400,
                $"Top-level entity parameters {string.Join(", ", topLevel)} are not supported in {operation}. Pass them inside filters, for example {{\"filters\": {{\"user_id\": \"...\"}}}}.");
        }
        if (body["filters"] is null) throw Mem0Errors.Error(400, "Filters are required and cannot be empty.");
        if (body["filters"] is not JsonObject filters) throw Mem0Errors.Error(400, "filters must be a JSON object.");
        Func<JsonObject, bool> predicate;
        try
        {
            predicate = Mem0Filter.Compile(filters);
        }
        catch (Mem0FilterException e)
        {
            throw Mem0Errors.Error(400, e.Message);
        }
        if (!Mem0Filter.IsPositivelyScoped(filters))
        {
            throw Mem0Errors.Error(400,
                "Invalid filters: no positively-scoped entity ID. Filters must include at least one of user_id, agent_id, app_id or run_id (eq, in or \"*\"), outside NOT.");
        }
        return new MemoryQuery(context, body, predicate);
    }

    /// <summary>Adds the list-only body bounds: <c>start_date</c>, <c>end_date</c> and <c>keywords</c>.</summary>
    public MemoryQuery WithListOptions(JsonObject body)
    {
        var start = ReadDate(body, "start_date");
        var end = ReadDate(body, "end_date");
        if (start is not null || end is not null)
        {
            _extra.Add(m =>
            {
                if (Timestamps.Parse(Json.AsString(m["created_at"])) is not { } created) return false;
                var day = DateOnly.FromDateTime(created.UtcDateTime);
                return (start is null || day >= start) && (end is null || day <= end);
            });
        }
        if (Mem0Request.OptionalString(body, "keywords") is { Length: > 0 } keywords)
            _extra.Add(m => Json.AsString(m["memory"])?.Contains(keywords, StringComparison.OrdinalIgnoreCase) == true);
        return this;
    }

    /// <summary>Adds search's top-level <c>metadata</c> match (every given key must be equal).</summary>
    public MemoryQuery WithMetadata(JsonObject body)
    {
        if (body["metadata"] is null) return this;
        if (body["metadata"] is not JsonObject wanted) throw Mem0Errors.Error(400, "metadata must be a JSON object.");
        _extra.Add(m => m["metadata"] is JsonObject actual && wanted.All(w => JsonNode.DeepEquals(actual[w.Key], w.Value)));
        return this;
    }

    /// <summary>The matching memories, newest first.</summary>
    public List<JsonObject> Run() =>
        [.. _context.Store.Where(Mem0Context.Memories, Matches)
            .Select((m, i) => (Memory: m, Index: i))
            .OrderByDescending(x => Json.AsString(x.Memory["created_at"]), StringComparer.Ordinal)
            .ThenByDescending(x => x.Index)
            .Select(x => x.Memory)];

    private bool Matches(JsonObject memory) =>
        _filter(memory)
        && (_showExpired || _context.IsLive(memory))
        && (!_latestOnly || memory["replaced_by"] is null)
        && _extra.All(e => e(memory));

    private static DateOnly? ReadDate(JsonObject body, string key)
    {
        if (Mem0Request.OptionalString(body, key) is not { } text) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Mem0Errors.Error(400, $"{key} must be a date in YYYY-MM-DD format.");
    }
}
