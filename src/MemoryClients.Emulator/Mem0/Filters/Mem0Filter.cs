using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Filters;

/// <summary>
/// Mem0's JSON filter language (docs/filters.md), validated up front and compiled to a predicate over
/// stored memory documents. Sibling keys are ANDed; an object holding both <c>AND</c> and <c>OR</c> silently
/// ignores the <c>OR</c> branch, as the real service does.
/// </summary>
internal static class Mem0Filter
{
    public const string TopLevelKeyMessage = "Top-level key must be a logical operator or an allowed field";

    public static readonly string[] EntityFields = ["user_id", "agent_id", "app_id", "run_id"];

    private static readonly HashSet<string> AllowedKeys = new(StringComparer.Ordinal)
    {
        "AND", "OR", "NOT", "user_id", "agent_id", "app_id", "run_id", "created_at", "updated_at", "timestamp",
        "expiration_date", "text", "categories", "metadata", "keywords_search", "memory_ids", "keywords",
    };

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal)
    {
        "eq", "ne", "in", "gt", "gte", "lt", "lte", "contains", "icontains",
    };

    /// <summary>Validates <paramref name="filters"/> and returns a predicate; throws <see cref="Mem0FilterException"/>.</summary>
    public static Func<JsonObject, bool> Compile(JsonObject filters)
    {
        if (filters.Count == 0) throw new Mem0FilterException("Filters are required and cannot be empty.");
        return CompileObject(filters);
    }

    /// <summary>True when some branch that must hold pins an entity id (eq, in or <c>*</c>, not under NOT, in every OR branch).</summary>
    public static bool IsPositivelyScoped(JsonObject filters)
    {
        var hasAnd = filters.ContainsKey("AND");
        foreach (var (key, value) in filters)
        {
            switch (key)
            {
                case "AND" when value is JsonArray all && all.OfType<JsonObject>().Any(IsPositivelyScoped):
                    return true;
                case "OR" when !hasAnd && value is JsonArray any && any.Count > 0 && any.All(b => b is JsonObject o && IsPositivelyScoped(o)):
                    return true;
                default:
                    if (EntityFields.Contains(key) && PinsValue(value)) return true;
                    break;
            }
        }
        return false;
    }

    private static bool PinsValue(JsonNode? value) => value switch
    {
        JsonValue when Json.IsString(value) => true,
        JsonArray array => array.Count > 0,
        JsonObject ops => ops.ContainsKey("eq") || ops.ContainsKey("in"),
        _ => false,
    };

    private static Func<JsonObject, bool> CompileObject(JsonObject filter)
    {
        if (filter.Count == 0) throw new Mem0FilterException("Filter conditions cannot be empty objects.");
        var hasAnd = filter.ContainsKey("AND");
        var parts = new List<Func<JsonObject, bool>>();
        foreach (var (key, value) in filter)
        {
            if (!AllowedKeys.Contains(key))
                throw new Mem0FilterException($"Invalid filters: {TopLevelKeyMessage} (got '{key}').");
            switch (key)
            {
                case "AND":
                    var all = CompileList(key, value);
                    parts.Add(m => all.All(p => p(m)));
                    break;
                case "OR":
                    var any = CompileList(key, value);
                    // Quirk kept on purpose: with an AND sibling, the OR branch is dropped without an error.
                    if (!hasAnd) parts.Add(m => any.Any(p => p(m)));
                    break;
                case "NOT":
                    if (value is not JsonObject inner)
                        throw new Mem0FilterException("Invalid filters: NOT takes a single filter object.");
                    var negated = CompileObject(inner);
                    parts.Add(m => !negated(m));
                    break;
                default:
                    parts.Add(CompileField(key, value));
                    break;
            }
        }
        return m => parts.All(p => p(m));
    }

    private static List<Func<JsonObject, bool>> CompileList(string op, JsonNode? value)
    {
        if (value is not JsonArray array || array.Count == 0 || array.Any(i => i is not JsonObject))
            throw new Mem0FilterException($"Invalid filters: {op} takes a non-empty list of filter objects.");
        return [.. array.Select(i => CompileObject((JsonObject)i!))];
    }

    private static Func<JsonObject, bool> CompileField(string field, JsonNode? value) => field switch
    {
        "user_id" or "agent_id" or "app_id" or "run_id" => CompileEntity(field, value),
        "created_at" or "updated_at" or "timestamp" or "expiration_date" => CompileDate(field, value),
        "categories" => CompileCategories(value),
        "metadata" => CompileMetadata(value),
        "text" => CompileText(field, value),
        "keywords" or "keywords_search" => CompileKeywords(field, value),
        _ => CompileMemoryIds(value),
    };

    /// <summary>The stored value a filter field reads (run ids are stored as <c>session_id</c>).</summary>
    private static JsonNode? Read(JsonObject memory, string field) => field switch
    {
        "run_id" => memory["session_id"],
        "timestamp" => memory["created_at"],
        "text" or "keywords" or "keywords_search" => memory["memory"],
        "memory_ids" => memory["id"],
        _ => memory[field],
    };

    private static bool IsWildcard(JsonNode? value) => Json.AsString(value) == "*";

    private static Func<JsonObject, bool> NotNull(string field) => m => Read(m, field) is { } v && v.GetValueKind() != System.Text.Json.JsonValueKind.Null;

    private static IEnumerable<(string Op, JsonNode? Operand)> OperatorsOf(string field, JsonObject ops, params string[] allowed)
    {
        foreach (var (op, operand) in ops)
        {
            if (!Operators.Contains(op))
                throw new Mem0FilterException($"Invalid filters: unknown operator '{op}' for '{field}'. Operators: eq, ne, in, gt, gte, lt, lte, contains, icontains.");
            if (!allowed.Contains(op))
                throw new Mem0FilterException($"Invalid filters: operator '{op}' is not supported for '{field}'. Supported: {string.Join(", ", allowed)}.");
            yield return (op, operand);
        }
    }

    private static string RequireString(string field, string op, JsonNode? operand) =>
        Json.AsString(operand) ?? throw new Mem0FilterException($"Invalid filters: '{field}' {op} expects a string.");

    private static List<string> RequireStringList(string field, string op, JsonNode? operand)
    {
        if (operand is not JsonArray array || array.Any(i => !Json.IsString(i)))
            throw new Mem0FilterException($"Invalid filters: '{field}' {op} expects a list of strings.");
        return [.. array.Select(i => i!.GetValue<string>())];
    }

    private static Func<JsonObject, bool> CompileEntity(string field, JsonNode? value)
    {
        if (Json.AsString(value) is { } bare) return bare == "*" ? NotNull(field) : m => Json.AsString(Read(m, field)) == bare;
        if (value is JsonArray) return EntityIn(field, RequireStringList(field, "in", value));
        if (value is not JsonObject ops) throw new Mem0FilterException($"Invalid filters: '{field}' expects a string, a list or an operator object.");
        var parts = new List<Func<JsonObject, bool>>();
        foreach (var (op, operand) in OperatorsOf(field, ops, "eq", "ne", "in"))
        {
            parts.Add(op switch
            {
                "eq" => CompileEntity(field, JsonValue.Create(RequireString(field, op, operand))),
                "ne" => Negate(CompileEntity(field, JsonValue.Create(RequireString(field, op, operand)))),
                _ => EntityIn(field, RequireStringList(field, op, operand)),
            });
        }
        return m => parts.All(p => p(m));
    }

    private static Func<JsonObject, bool> EntityIn(string field, List<string> values) => m =>
        Json.AsString(Read(m, field)) is { } actual && values.Any(v => v == "*" || v == actual);

    private static Func<JsonObject, bool> Negate(Func<JsonObject, bool> inner) => m => !inner(m);

    // Dates: an ISO date (YYYY-MM-DD) is that day's midnight UTC, an ISO datetime its instant, a number Unix seconds;
    // all compare as instants (Mem0 documents dates and datetimes as two spellings of one value).
    private readonly record struct Moment(DateTimeOffset Instant)
    {
        public int CompareTo(Moment record) => record.Instant.CompareTo(Instant);
    }

    private static Moment? ParseMoment(JsonNode? node)
    {
        if (Json.AsDouble(node) is { } seconds) return new Moment(DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)));
        var text = Json.AsString(node);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new Moment(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        return Timestamps.Parse(text) is { } instant ? new Moment(instant) : null;
    }

    private static Moment RequireMoment(string field, JsonNode? operand) =>
        ParseMoment(operand) ?? throw new Mem0FilterException(
            $"Invalid filters: '{field}' expects an ISO date (YYYY-MM-DD), an ISO datetime or Unix seconds, got {Json.ToText(operand)}.");

    private static Func<JsonObject, bool> DateTest(string field, Moment operand, Func<int, bool> accept) => m =>
        ParseMoment(Read(m, field)) is { } record && accept(operand.CompareTo(record));

    private static Func<JsonObject, bool> CompileDate(string field, JsonNode? value)
    {
        if (IsWildcard(value)) return NotNull(field);
        if (value is not JsonObject ops) return DateTest(field, RequireMoment(field, value), c => c == 0);
        var parts = new List<Func<JsonObject, bool>>();
        foreach (var (op, operand) in OperatorsOf(field, ops, "gt", "gte", "lt", "lte", "ne", "in"))
        {
            if (op == "in")
            {
                if (operand is not JsonArray list) throw new Mem0FilterException($"Invalid filters: '{field}' in expects a list.");
                var tests = list.Select(i => DateTest(field, RequireMoment(field, i), c => c == 0)).ToList();
                parts.Add(m => tests.Any(t => t(m)));
                continue;
            }
            var moment = RequireMoment(field, operand);
            parts.Add(op switch
            {
                "gt" => DateTest(field, moment, c => c > 0),
                "gte" => DateTest(field, moment, c => c >= 0),
                "lt" => DateTest(field, moment, c => c < 0),
                "lte" => DateTest(field, moment, c => c <= 0),
                // ne matches records without a value too.
                _ => Negate(DateTest(field, moment, c => c == 0)),
            });
        }
        return m => parts.All(p => p(m));
    }

    private static IEnumerable<string> Categories(JsonObject memory) =>
        memory["categories"] is JsonArray array ? array.Select(Json.AsString).OfType<string>() : [];

    private static Func<JsonObject, bool> CompileCategories(JsonNode? value)
    {
        if (IsWildcard(value)) return m => Categories(m).Any();
        if (value is JsonArray) return CategoriesIn(RequireStringList("categories", "in", value));
        if (value is not JsonObject ops)
            throw new Mem0FilterException("Invalid filters: 'categories' expects {\"in\": [...]} or {\"contains\": \"...\"}; eq and ne are not supported.");
        var parts = new List<Func<JsonObject, bool>>();
        foreach (var (op, operand) in OperatorsOf("categories", ops, "in", "contains", "icontains"))
        {
            if (op == "in")
            {
                parts.Add(CategoriesIn(RequireStringList("categories", op, operand)));
                continue;
            }
            var needle = RequireString("categories", op, operand);
            parts.Add(m => Categories(m).Any(c => c.Contains(needle, StringComparison.OrdinalIgnoreCase)));
        }
        return m => parts.All(p => p(m));
    }

    private static Func<JsonObject, bool> CategoriesIn(List<string> wanted) => m => Categories(m).Any(wanted.Contains);

    private static Func<JsonObject, bool> CompileMetadata(JsonNode? value)
    {
        if (IsWildcard(value)) return m => m["metadata"] is JsonObject { Count: > 0 };
        if (value is not JsonObject keys || keys.Count == 0)
            throw new Mem0FilterException("Invalid filters: 'metadata' expects an object of metadata keys, for example {\"metadata\": {\"topic\": \"food\"}}.");
        var parts = new List<Func<JsonObject, bool>>();
        foreach (var (key, condition) in keys)
        {
            JsonNode? Stored(JsonObject m) => (m["metadata"] as JsonObject)?[key];
            if (condition is JsonObject ops && ops.Count > 0 && ops.All(o => Operators.Contains(o.Key)))
            {
                foreach (var (op, operand) in OperatorsOf("metadata." + key, ops, "eq", "ne", "contains", "icontains"))
                {
                    parts.Add(op switch
                    {
                        "eq" => m => Matches(Stored(m), operand),
                        "ne" => m => !Matches(Stored(m), operand),
                        "contains" => m => Contains(Stored(m), operand, StringComparison.Ordinal),
                        _ => m => Contains(Stored(m), operand, StringComparison.OrdinalIgnoreCase),
                    });
                }
            }
            else if (IsWildcard(condition))
            {
                parts.Add(m => Stored(m) is { } v && v.GetValueKind() != System.Text.Json.JsonValueKind.Null);
            }
            else
            {
                parts.Add(m => Matches(Stored(m), condition));
            }
        }
        return m => parts.All(p => p(m));
    }

    /// <summary>Equality, where an object operand matches a stored object holding at least those keys (nested metadata).</summary>
    private static bool Matches(JsonNode? stored, JsonNode? operand)
    {
        if (operand is JsonObject wanted)
            return stored is JsonObject actual && wanted.All(w => actual.ContainsKey(w.Key) && Matches(actual[w.Key], w.Value));
        if (Json.IsNumber(operand) && Json.IsNumber(stored)) return Json.AsDouble(operand) == Json.AsDouble(stored);
        if (operand is null) return stored is null;
        return JsonNode.DeepEquals(stored, operand);
    }

    private static bool Contains(JsonNode? stored, JsonNode? operand, StringComparison comparison)
    {
        if (stored is JsonArray items) return items.Any(i => Matches(i, operand) || (Json.AsString(i) is { } s && Json.AsString(operand) is { } o && s.Equals(o, comparison)));
        return Json.AsString(stored) is { } text && Json.AsString(operand) is { } needle && text.Contains(needle, comparison);
    }

    private static Func<JsonObject, bool> CompileText(string field, JsonNode? value)
    {
        if (IsWildcard(value)) return NotNull(field);
        if (Json.AsString(value) is { } bare) return m => Json.AsString(Read(m, field)) == bare;
        if (value is not JsonObject ops) throw new Mem0FilterException($"Invalid filters: '{field}' expects a string or an operator object.");
        var parts = new List<Func<JsonObject, bool>>();
        foreach (var (op, operand) in OperatorsOf(field, ops, "eq", "ne", "in", "contains", "icontains"))
        {
            if (op == "in")
            {
                var list = RequireStringList(field, op, operand);
                parts.Add(m => Json.AsString(Read(m, field)) is { } t && list.Contains(t));
                continue;
            }
            var needle = RequireString(field, op, operand);
            parts.Add(op switch
            {
                "eq" => m => Json.AsString(Read(m, field)) == needle,
                "ne" => m => Json.AsString(Read(m, field)) != needle,
                "contains" => m => Json.AsString(Read(m, field))?.Contains(needle, StringComparison.Ordinal) == true,
                _ => m => Json.AsString(Read(m, field))?.Contains(needle, StringComparison.OrdinalIgnoreCase) == true,
            });
        }
        return m => parts.All(p => p(m));
    }

    private static Func<JsonObject, bool> CompileKeywords(string field, JsonNode? value)
    {
        if (Json.AsString(value) is { } bare)
            return m => Json.AsString(Read(m, field))?.Contains(bare, StringComparison.Ordinal) == true;
        if (value is not JsonObject ops) throw new Mem0FilterException($"Invalid filters: '{field}' expects a string or {{\"contains\"|\"icontains\": ...}}.");
        var parts = new List<Func<JsonObject, bool>>();
        foreach (var (op, operand) in OperatorsOf(field, ops, "contains", "icontains"))
        {
            var needle = RequireString(field, op, operand);
            var comparison = op == "contains" ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            parts.Add(m => Json.AsString(Read(m, field))?.Contains(needle, comparison) == true);
        }
        return m => parts.All(p => p(m));
    }

    private static Func<JsonObject, bool> CompileMemoryIds(JsonNode? value)
    {
        static Func<JsonObject, bool> In(List<string> ids) =>
            m => Json.AsString(m["id"]) is { } id && ids.Any(i => string.Equals(i, id, StringComparison.OrdinalIgnoreCase));
        if (Json.AsString(value) is { } single) return In([single]);
        if (value is JsonArray) return In(RequireStringList("memory_ids", "in", value));
        if (value is not JsonObject ops) throw new Mem0FilterException("Invalid filters: 'memory_ids' expects a list of memory ids.");
        var parts = new List<Func<JsonObject, bool>>();
        foreach (var (op, operand) in OperatorsOf("memory_ids", ops, "in", "ne"))
        {
            var ids = op == "in" ? RequireStringList("memory_ids", op, operand) : [RequireString("memory_ids", op, operand)];
            parts.Add(op == "in" ? In(ids) : Negate(In(ids)));
        }
        return m => parts.All(p => p(m));
    }
}
