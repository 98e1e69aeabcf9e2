using System.Globalization;
using MemoryClients.Filters;

namespace MemoryClients.Cli;

/// <summary>
/// Parses <c>--filter</c> values: <c>FIELD OP VALUE</c> with the field names of the filter documentation
/// (<c>user_id</c>, <c>created_at</c>, <c>categories</c>, <c>metadata.topic</c>, ...) and the operators
/// <c>= != &gt; &gt;= &lt; &lt;= ~</c> (<c>~</c> is contains); several filters are ANDed.
/// </summary>
internal static class FilterSyntax
{
    private static readonly string[] Operators = [">=", "<=", "!=", "=", ">", "<", "~"];

    private static readonly Dictionary<string, FilterField> Fields = new(StringComparer.Ordinal)
    {
        ["user_id"] = MemoryFilter.UserId,
        ["agent_id"] = MemoryFilter.AgentId,
        ["app_id"] = MemoryFilter.AppId,
        ["run_id"] = MemoryFilter.RunId,
        ["created_at"] = MemoryFilter.CreatedAt,
        ["updated_at"] = MemoryFilter.UpdatedAt,
        ["timestamp"] = MemoryFilter.Timestamp,
        ["expiration_date"] = MemoryFilter.ExpirationDate,
        ["categories"] = MemoryFilter.Categories,
        ["keywords"] = MemoryFilter.Keywords,
        ["text"] = MemoryFilter.Text,
        ["memory_ids"] = MemoryFilter.MemoryIds,
        ["producer_id"] = MemoryFilter.ProducerId,
        ["producer_role"] = MemoryFilter.ProducerRole,
        ["produced_for_id"] = MemoryFilter.ProducedForId,
        ["session_key"] = MemoryFilter.SessionKey,
        ["episode_type"] = MemoryFilter.EpisodeType,
        ["content"] = MemoryFilter.Content,
        ["uid"] = MemoryFilter.Uid,
        ["sequence_num"] = MemoryFilter.SequenceNum,
        ["set_id"] = MemoryFilter.FeatureSetId,
        ["category"] = MemoryFilter.FeatureCategory,
        ["tag"] = MemoryFilter.FeatureTag,
        ["feature_name"] = MemoryFilter.FeatureName,
        ["value"] = MemoryFilter.FeatureValue,
    };

    /// <summary>The filters ANDed, or null when there are none; throws <see cref="UsageException"/> naming the bad one.</summary>
    public static MemoryFilter? Parse(IReadOnlyList<string> filters)
    {
        if (filters.Count == 0) return null;
        return MemoryFilter.And(filters.Select(ParseOne));
    }

    private static MemoryFilter ParseOne(string text)
    {
        var (name, op, value) = Split(text);
        if (name.StartsWith("metadata.", StringComparison.Ordinal) && name.Length > "metadata.".Length)
            return Metadata(MemoryFilter.Metadata(name["metadata.".Length..]), op, value, text);
        if (!Fields.TryGetValue(name, out var field))
            throw Bad(text, $"unknown field '{name}'; use one of {string.Join(", ", Fields.Keys)} or metadata.KEY");
        return field switch
        {
            StringField s => op switch
            {
                "=" => s.Is(value),
                "!=" => s.IsNot(value),
                "~" => s.Contains(value),
                _ => throw Bad(text, $"'{name}' takes =, != or ~"),
            },
            DateField d => op switch
            {
                "=" => d.Is(Date(value, text)),
                "!=" => d.IsNot(Date(value, text)),
                ">" => d.GreaterThan(Date(value, text)),
                ">=" => d.GreaterThanOrEqual(Date(value, text)),
                "<" => d.LessThan(Date(value, text)),
                "<=" => d.LessThanOrEqual(Date(value, text)),
                _ => throw Bad(text, $"'{name}' takes = != > >= < <="),
            },
            ListField l => op switch
            {
                "~" => l.Contains(value),
                "=" => l.In(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
                "!=" => l.NotIn(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
                _ => throw Bad(text, $"'{name}' takes ~ (contains), = (in a comma-separated list) or !="),
            },
            NumberField n => op switch
            {
                "=" => n.Is(Number(value, text)),
                "!=" => n.IsNot(Number(value, text)),
                ">" => n.GreaterThan(Number(value, text)),
                ">=" => n.GreaterThanOrEqual(Number(value, text)),
                "<" => n.LessThan(Number(value, text)),
                "<=" => n.LessThanOrEqual(Number(value, text)),
                _ => throw Bad(text, $"'{name}' takes = != > >= < <="),
            },
            _ => throw Bad(text, $"'{name}' cannot be filtered from the command line"),
        };
    }

    private static MemoryFilter Metadata(MetadataField field, string op, string value, string text)
    {
        var isNumber = long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number);
        return op switch
        {
            "=" => isNumber ? field.Is(number) : field.Is(value),
            "!=" => isNumber ? field.IsNot(number) : field.IsNot(value),
            "~" => field.Contains(value),
            ">" => field.GreaterThan(Number(value, text)),
            ">=" => field.GreaterThanOrEqual(Number(value, text)),
            "<" => field.LessThan(Number(value, text)),
            "<=" => field.LessThanOrEqual(Number(value, text)),
            _ => throw Bad(text, "unknown operator"),
        };
    }

    private static (string Name, string Op, string Value) Split(string text)
    {
        var best = -1;
        var bestOp = "";
        foreach (var op in Operators)
        {
            var at = text.IndexOf(op, StringComparison.Ordinal);
            if (at > 0 && (best < 0 || at < best || (at == best && op.Length > bestOp.Length)))
            {
                best = at;
                bestOp = op;
            }
        }
        if (best < 0) throw Bad(text, "expected FIELD OP VALUE, for example user_id=alice or created_at>=2024-07-01");
        var name = text[..best].Trim();
        var value = text[(best + bestOp.Length)..].Trim();
        if (value.Length == 0) throw Bad(text, "the value is empty");
        return (name, bestOp, value);
    }

    private static DateTimeOffset Date(string value, string text) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw Bad(text, $"'{value}' is not a date (use ISO 8601, for example 2024-07-01 or 2024-07-01T12:00:00Z)");

    private static long Number(string value, string text) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Bad(text, $"'{value}' is not a whole number");

    private static UsageException Bad(string text, string why) => new($"--filter '{text}': {why}.");
}
