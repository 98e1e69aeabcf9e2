using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Nodes;
using static MemoryClients.Filters.FilterOperator;

namespace MemoryClients.Filters;

/// <summary>Writes a <see cref="MemoryFilter"/> as Mem0's documented <c>filters</c> JSON, refusing what the service rejects.</summary>
internal static class Mem0FilterWriter
{
    private static readonly FilterOperator[] EntityOperators = [Is, IsNot, In, NotIn, IsAny];
    private static readonly FilterOperator[] DateOperators =
        [Is, IsNot, In, NotIn, GreaterThan, GreaterThanOrEqual, LessThan, LessThanOrEqual];
    private static readonly FilterOperator[] MetadataOperators = [Is, IsNot, Contains];

    // Mem0's filter guide, field by field; NotIn is written as NOT + in (Mem0 has no nin) wherever in is accepted.
    private static readonly FrozenDictionary<string, FilterOperator[]> Operators = new Dictionary<string, FilterOperator[]>
    {
        ["user_id"] = EntityOperators,
        ["agent_id"] = EntityOperators,
        ["app_id"] = EntityOperators,
        ["run_id"] = EntityOperators,
        ["created_at"] = DateOperators,
        ["updated_at"] = DateOperators,
        ["timestamp"] = DateOperators,
        ["expiration_date"] = DateOperators,
        ["categories"] = [In, NotIn, Contains],
        ["keywords"] = [Contains, ContainsIgnoreCase],
        ["memory_ids"] = [In, NotIn],
        ["text"] = [Is, IsNot, In, NotIn, Contains, ContainsIgnoreCase], // no documented limits: left to the service
    }.ToFrozenDictionary();

    public static JsonObject Write(MemoryFilter filter) => filter switch
    {
        AndFilter and => WriteAnd(and.Filters),
        OrFilter or => new JsonObject { ["OR"] = new JsonArray([.. or.Filters.Select(Write)]) },
        NotFilter not => new JsonObject { ["NOT"] = Write(not.Filter) },
        FieldFilter field => WriteField(field),
        _ => throw new ArgumentException($"Unknown filter node {filter.GetType().Name}.", nameof(filter)),
    };

    // Consecutive range tests on one field share one object, the documented form of a date range:
    // {"created_at": {"gte": "2024-07-01", "lte": "2024-07-31"}}; a range alone needs no AND around it.
    private static JsonObject WriteAnd(IEnumerable<MemoryFilter> filters)
    {
        var items = new List<JsonObject>();
        FieldFilter? range = null;
        JsonObject? rangeOperators = null;
        foreach (var filter in filters)
        {
            var written = Write(filter);
            if (filter is FieldFilter { MetadataKey: null } field && IsRange(field.Operator))
            {
                var key = OperatorKey(field.Operator);
                if (range?.Field == field.Field && !rangeOperators!.ContainsKey(key))
                {
                    rangeOperators[key] = ((JsonObject)written[field.Field]!)[key]!.DeepClone();
                    continue;
                }
                (range, rangeOperators) = (field, (JsonObject)written[field.Field]!);
            }
            else
            {
                range = null;
            }
            items.Add(written);
        }
        return items is [var only] ? only : new JsonObject { ["AND"] = new JsonArray([.. items]) };
    }

    private static JsonObject WriteField(FieldFilter field)
    {
        var allowed = field.MetadataKey is null ? Operators.GetValueOrDefault(field.Field) : MetadataOperators;
        if (allowed is null)
            throw Refuse(field, "Mem0 has no such filter field.");
        if (!allowed.Contains(field.Operator))
            throw Refuse(field, $"Mem0 accepts only {string.Join(", ", allowed)} on this field.");
        if (field.Operator == NotIn)
            return new JsonObject { ["NOT"] = WriteField(field with { Operator = In }) };
        if (field.Operator == Is && field.Values[0] is { Kind: FilterValueKind.String, String: "*" })
            throw Refuse(field, "a bare \"*\" is Mem0's wildcard; use IsAny() to mean any value.");

        JsonNode test = field.Operator switch
        {
            Is => Value(field.Values[0]),
            IsAny => "*",
            In => new JsonObject { ["in"] = new JsonArray([.. field.Values.Select(Value)]) },
            _ => new JsonObject { [OperatorKey(field.Operator)] = Value(field.Values[0]) },
        };
        return field.MetadataKey is { } key
            ? new JsonObject { ["metadata"] = new JsonObject { [key] = test } }
            : new JsonObject { [field.Field] = test };
    }

    private static bool IsRange(FilterOperator op) => op is GreaterThan or GreaterThanOrEqual or LessThan or LessThanOrEqual;

    private static string OperatorKey(FilterOperator op) => op switch
    {
        IsNot => "ne",
        In => "in",
        GreaterThan => "gt",
        GreaterThanOrEqual => "gte",
        LessThan => "lt",
        LessThanOrEqual => "lte",
        Contains => "contains",
        ContainsIgnoreCase => "icontains",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "No Mem0 operator key."),
    };

    private static JsonNode Value(FilterValue value) => value.Kind switch
    {
        FilterValueKind.String => JsonValue.Create(value.String),
        FilterValueKind.Integer => JsonValue.Create(value.Integer),
        FilterValueKind.Double => JsonValue.Create(value.Double),
        FilterValueKind.Boolean => JsonValue.Create(value.Boolean),
        _ => JsonValue.Create(FormatDate(value.Date)),
    };

    /// <summary>Midnight UTC is written as a calendar date (<c>2024-07-01</c>), the form Mem0's guide uses and the
    /// same instant; any other time is ISO 8601 with <c>Z</c> or its offset, to the microsecond the service keeps.</summary>
    private static string FormatDate(DateTimeOffset date)
    {
        if (date.Offset == TimeSpan.Zero)
        {
            return date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);
        }
        return date.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFzzz", CultureInfo.InvariantCulture);
    }

    private static FilterNotSupportedException Refuse(FieldFilter field, string reason) =>
        new(field.Field, field.Operator, MemoryProvider.Mem0, reason);
}
