using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using static MemoryClients.Filters.FilterOperator;

namespace MemoryClients.Filters;

/// <summary>Writes a <see cref="MemoryFilter"/> in MemMachine's filter language, refusing anything its lexer would
/// silently change or its grammar cannot express.</summary>
internal static partial class MemMachineFilterWriter
{
    // Scope ids live in message metadata on MemMachine; the other names are its system fields.
    private static readonly FrozenDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["user_id"] = "metadata.user_id",
        ["agent_id"] = "metadata.agent_id",
        ["app_id"] = "metadata.app_id",
        ["run_id"] = "metadata.run_id",
        ["created_at"] = "created_at",
        ["updated_at"] = "updated_at",
        ["producer_id"] = "producer_id",
        ["producer_role"] = "producer_role",
        ["produced_for_id"] = "produced_for_id",
        ["session_key"] = "session_key",
        ["episode_type"] = "episode_type",
        ["content"] = "content",
        ["uid"] = "uid",
        ["sequence_num"] = "sequence_num",
        ["set_id"] = "set_id",
        ["category"] = "category",
        ["tag"] = "tag",
        ["feature_name"] = "feature_name",
        ["value"] = "value",
    }.ToFrozenDictionary();

    /// <summary>The lexer's IDENT token; any other character in a key would be dropped or split the key.</summary>
    [GeneratedRegex("^[A-Za-z0-9_.]+$")]
    private static partial Regex IdentPattern();

    public static string Write(MemoryFilter filter) => filter switch
    {
        AndFilter and => string.Join(" AND ", and.Filters.Select(Operand)),
        OrFilter or => string.Join(" OR ", or.Filters.Select(Operand)),
        NotFilter not => $"NOT ({Write(not.Filter)})",
        FieldFilter field => WriteField(field),
        _ => throw new ArgumentException($"Unknown filter node {filter.GetType().Name}.", nameof(filter)),
    };

    // AND binds tighter than OR; every compound operand gets parentheses anyway so the text reads as built.
    private static string Operand(MemoryFilter filter) => filter is AndFilter or OrFilter ? $"({Write(filter)})" : Write(filter);

    private static string WriteField(FieldFilter field)
    {
        var name = FieldName(field);
        return field.Operator switch
        {
            Is => $"{name}={Literal(field, field.Values[0])}",
            IsNot => $"{name}!={Literal(field, field.Values[0])}",
            GreaterThan => $"{name}>{Literal(field, field.Values[0])}",
            GreaterThanOrEqual => $"{name}>={Literal(field, field.Values[0])}",
            LessThan => $"{name}<{Literal(field, field.Values[0])}",
            LessThanOrEqual => $"{name}<={Literal(field, field.Values[0])}",
            In => $"{name} IN ({ListLiterals(field)})",
            NotIn => $"{name} NOT IN ({ListLiterals(field)})",
            IsNull => $"{name} IS NULL",
            IsNotNull => $"{name} IS NOT NULL",
            _ => throw Refuse(field, "the filter grammar has only =, !=, <, <=, >, >=, IN, NOT IN, IS NULL and IS NOT NULL."),
        };
    }

    private static string FieldName(FieldFilter field)
    {
        if (field.MetadataKey is { } key)
        {
            return IdentPattern().IsMatch(key)
                ? "metadata." + key
                : throw Refuse(field, "metadata keys may contain only ASCII letters, digits, '_' and '.'.");
        }
        return Fields.GetValueOrDefault(field.Field) ?? throw Refuse(field, "MemMachine has no such filter field.");
    }

    private static string ListLiterals(FieldFilter field) => string.Join(",", field.Values.Select(value =>
        value.Kind is FilterValueKind.String or FilterValueKind.Integer
            ? Literal(field, value)
            : throw Refuse(field, "IN lists may hold only strings or integers.")));

    private static string Literal(FieldFilter field, FilterValue value) => value.Kind switch
    {
        FilterValueKind.String when value.String.Contains('\'', StringComparison.Ordinal) =>
            throw Refuse(field, "a string containing ' cannot be written (the grammar has no escape)."),
        FilterValueKind.String => $"'{value.String}'",
        FilterValueKind.Integer when value.Integer < 0 => throw NegativeNumber(field),
        FilterValueKind.Integer => value.Integer.ToString(CultureInfo.InvariantCulture),
        FilterValueKind.Double when value.Double < 0 => throw NegativeNumber(field),
        FilterValueKind.Double => FormatDouble(value.Double),
        FilterValueKind.Boolean => value.Boolean ? "true" : "false",
        // Always with an offset; microseconds are all Python's datetime.fromisoformat keeps.
        _ => $"date('{value.Date.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFzzz", CultureInfo.InvariantCulture)}')",
    };

    /// <summary>Writes <c>digits.digits</c>, the only float form the lexer reads (no sign, no exponent).</summary>
    internal static string FormatDouble(double value)
    {
        var text = (value == 0 ? 0d : value).ToString("R", CultureInfo.InvariantCulture); // no "-0"
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0) // "1.5E-07": move the decimal point of the mantissa's digits by the exponent
        {
            var mantissa = text[..e];
            var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
            var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
            var point = (dot < 0 ? mantissa.Length : dot) + int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
            text = point <= 0 ? "0." + new string('0', -point) + digits
                : point >= digits.Length ? digits + new string('0', point - digits.Length)
                : digits[..point] + "." + digits[point..];
        }
        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static FilterNotSupportedException NegativeNumber(FieldFilter field) =>
        Refuse(field, "negative numbers cannot be written (the lexer drops the '-' sign).");

    private static FilterNotSupportedException Refuse(FieldFilter field, string reason) =>
        new(field.Field, field.Operator, MemoryProvider.MemMachine, reason);
}
