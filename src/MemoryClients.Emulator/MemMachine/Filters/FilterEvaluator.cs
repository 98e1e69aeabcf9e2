using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.MemMachine.Filters;

/// <summary>Compiles a parsed filter into a predicate over stored episode or feature documents for one store.</summary>
internal static class FilterEvaluator
{
    private const string MetadataPrefix = "metadata.";

    private static readonly Dictionary<string, string> EpisodeListFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["uid"] = "uid", ["id"] = "uid", ["session_key"] = "session_key", ["session"] = "session_key",
        ["producer_id"] = "producer_id", ["producer_role"] = "producer_role", ["produced_for_id"] = "produced_for_id",
        ["episode_type"] = "episode_type", ["content"] = "content", ["created_at"] = "created_at",
    };

    private static readonly Dictionary<string, string> LongTermFields = new(StringComparer.Ordinal)
    {
        ["episode_uid"] = "uid", ["session_key"] = "session_key", ["producer_id"] = "producer_id",
        ["producer_role"] = "producer_role", ["produced_for_id"] = "produced_for_id", ["sequence_num"] = "sequence_num",
        ["episode_type"] = "episode_type", ["content_type"] = "content_type", ["created_at"] = "created_at",
        ["timestamp"] = "created_at",
    };

    private static readonly Dictionary<string, string> ShortTermFields = new(StringComparer.Ordinal)
    {
        ["producer_id"] = "producer_id", ["produced_for_id"] = "produced_for_id", ["producer_role"] = "producer_role",
    };

    private static readonly Dictionary<string, string> SemanticFields = new(StringComparer.Ordinal)
    {
        ["set_id"] = "set_id", ["set"] = "set_id", ["semantic_category_id"] = "category", ["category_name"] = "category",
        ["category"] = "category", ["tag_id"] = "tag", ["tag"] = "tag", ["feature"] = "feature_name",
        ["feature_name"] = "feature_name", ["value"] = "value", ["created_at"] = "__created_at", ["updated_at"] = "__updated_at",
    };

    /// <summary>Throws <see cref="FilterFieldException"/> when the store rejects a field; null filters match everything.</summary>
    public static Func<JsonObject, bool> Compile(FilterExpr? expression, FilterStore store) => expression switch
    {
        null => _ => true,
        AndExpr and => Both(Compile(and.Left, store), Compile(and.Right, store)),
        OrExpr or => Either(Compile(or.Left, store), Compile(or.Right, store)),
        NotExpr not => Negate(Compile(not.Expr, store)),
        IsNullExpr isNull => IsNull(Resolve(isNull.Field, store, null)),
        InExpr inExpr => In(Resolve(inExpr.Field, store, null), inExpr.Values, store),
        ComparisonExpr comparison => Compare(Resolve(comparison.Field, store, comparison.Value), comparison.Op, comparison.Value, store),
        _ => throw new FilterFieldException("Unsupported filter expression"),
    };

    private static Func<JsonObject, bool> Both(Func<JsonObject, bool> a, Func<JsonObject, bool> b) => d => a(d) && b(d);

    private static Func<JsonObject, bool> Either(Func<JsonObject, bool> a, Func<JsonObject, bool> b) => d => a(d) || b(d);

    private static Func<JsonObject, bool> Negate(Func<JsonObject, bool> a) => d => !a(d);

    /// <summary>How to read a field from a stored document, validated for the store.</summary>
    private static Func<JsonObject, JsonNode?> Resolve(string field, FilterStore store, FilterValue? literal)
    {
        foreach (var prefix in new[] { "m.", MetadataPrefix })
        {
            if (!field.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var key = field[prefix.Length..];
            if (literal is { Kind: FilterValueKind.DateTime } && store != FilterStore.ShortTermSearch)
                throw new FilterFieldException("datetime filtering requires 'properties_json' fields");
            // Semantic features carry their own metadata, not the message metadata.
            if (store == FilterStore.Semantic) return d => (d["metadata"]?["other"] as JsonObject)?[key];
            return d => (d["metadata"] as JsonObject)?[key];
        }

        var fields = store switch
        {
            FilterStore.EpisodeList => EpisodeListFields,
            FilterStore.LongTermSearch => LongTermFields,
            FilterStore.ShortTermSearch => ShortTermFields,
            _ => SemanticFields,
        };
        if (fields.TryGetValue(field, out var stored)) return d => d[stored];
        if (store == FilterStore.ShortTermSearch) return _ => null;
        throw new FilterFieldException($"Unknown filter field: {field}");
    }

    private static bool IsMissing(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null;

    private static Func<JsonObject, bool> IsNull(Func<JsonObject, JsonNode?> read) => d => IsMissing(read(d));

    private static Func<JsonObject, bool> In(Func<JsonObject, JsonNode?> read, IReadOnlyList<FilterValue> values, FilterStore store) =>
        d => read(d) is { } node && !IsMissing(node) && values.Any(v => Order(node, v, store) == 0);

    private static Func<JsonObject, bool> Compare(Func<JsonObject, JsonNode?> read, string op, FilterValue literal, FilterStore store) => d =>
    {
        var node = read(d);
        if (IsMissing(node)) return op == "!=" && store == FilterStore.ShortTermSearch;
        var order = Order(node!, literal, store);
        return op switch
        {
            "=" => order == 0,
            // A value of another type is simply "not equal".
            "!=" => order != 0,
            ">" => order is > 0 and not int.MaxValue,
            "<" => order < 0,
            ">=" => order is >= 0 and not int.MaxValue,
            _ => order <= 0,
        };
    };

    /// <summary>
    /// Compares a stored value with a literal: negative, zero or positive, or <see cref="int.MaxValue"/> when the two
    /// cannot be compared. SQL stores cast the stored value to the literal's type (so <c>metadata.n=123</c> matches the
    /// string "123"); the search stores compare typed values, where 123 never equals "123".
    /// </summary>
    private static int Order(JsonNode node, FilterValue literal, FilterStore store)
    {
        const int Incomparable = int.MaxValue;
        var casting = store is FilterStore.EpisodeList or FilterStore.Semantic;
        var kind = node.GetValueKind();
        var text = kind == JsonValueKind.String ? node.GetValue<string>() : null;

        switch (literal.Kind)
        {
            case FilterValueKind.DateTime:
                return Timestamps.Parse(text) is { } instant ? instant.CompareTo(literal.Date) : Incomparable;
            case FilterValueKind.Int or FilterValueKind.Float:
                double number;
                if (kind == JsonValueKind.Number) number = Json.AsDouble(node)!.Value;
                else if (casting && text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) number = parsed;
                else return Incomparable;
                return number.CompareTo(literal.Number);
            case FilterValueKind.Bool:
                bool flag;
                if (kind is JsonValueKind.True or JsonValueKind.False) flag = kind == JsonValueKind.True;
                else if (casting && text is not null && bool.TryParse(text, out var parsedFlag)) flag = parsedFlag;
                else return Incomparable;
                return flag == literal.Bool ? 0 : Incomparable;
            default:
                if (text is null)
                {
                    if (!casting || kind != JsonValueKind.Number) return Incomparable;
                    text = node.ToJsonString();
                }
                // Timestamps compare as instants when the literal is an ISO string too.
                if (Timestamps.Parse(text) is { } stored && IsoDate.Parse(literal.Text) is { } wanted && LooksLikeTimestamp(text))
                    return stored.CompareTo(wanted);
                return Math.Sign(string.CompareOrdinal(text, literal.Text));
        }
    }

    private static bool LooksLikeTimestamp(string text) => text.Length >= 10 && text[4] == '-' && text[7] == '-';
}
