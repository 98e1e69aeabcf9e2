using System.Globalization;
using System.Text.RegularExpressions;
using MemoryClients.Filters;

namespace MemoryClients.Tests.Filters;

/// <summary>
/// A test-side copy of MemMachine's filter parser (reference §5.1 lexer, §5.2 grammar), producing the SDK's tree so
/// emitted strings can be read back the way the server reads them. Like the server it builds NOT IN and IS NOT NULL
/// as NOT over IN / IS NULL, and reads <c>m.key</c> as <c>metadata.key</c>.
/// </summary>
internal static partial class MemMachineFilterParser
{
    // Same alternatives in the same order as the server; characters that match nothing are skipped, as finditer does.
    [GeneratedRegex(@"(?<LPAREN>\()|(?<RPAREN>\))|(?<COMMA>,)|(?<NE>!=|<>)|(?<GE>>=)|(?<LE><=)|(?<EQ>=)|(?<GT>>)|(?<LT><)|(?<STRING>'[^']*')|(?<IDENT>[A-Za-z0-9_.]+)|(?<WS>\s+)")]
    private static partial Regex TokenPattern();

    private static readonly string[] TokenTypes = ["LPAREN", "RPAREN", "COMMA", "NE", "GE", "LE", "EQ", "GT", "LT", "STRING", "IDENT", "WS"];

    private static readonly Dictionary<string, FilterOperator> ScalarOperators = new()
    {
        ["EQ"] = FilterOperator.Is,
        ["NE"] = FilterOperator.IsNot,
        ["GE"] = FilterOperator.GreaterThanOrEqual,
        ["LE"] = FilterOperator.LessThanOrEqual,
        ["GT"] = FilterOperator.GreaterThan,
        ["LT"] = FilterOperator.LessThan,
    };

    internal sealed record Token(string Type, string Value);

    /// <summary>Parses a filter; null for an empty or blank one; throws <see cref="FormatException"/> like FilterParseError.</summary>
    public static MemoryFilter? Parse(string filter)
    {
        var tokens = Tokenize(filter.Trim());
        if (tokens.Count == 0) return null;
        var parser = new Parser(tokens);
        var expression = parser.Expression(1);
        if (parser.Peek() is { } extra) throw new FormatException($"Unexpected token: {extra}");
        return expression;
    }

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            var type = TokenTypes.First(t => match.Groups[t].Success);
            var value = match.Value;
            if (type == "WS") continue;
            if (type == "STRING") tokens.Add(new("STRING", value[1..^1]));
            else if (type == "IDENT" && value.ToUpperInvariant() is "AND" or "OR" or "IN" or "IS" or "NOT")
                tokens.Add(new(value.ToUpperInvariant(), value.ToUpperInvariant()));
            else tokens.Add(new(type, value));
        }
        return tokens;
    }

    private sealed class Parser(List<Token> tokens)
    {
        private int _position;

        public Token? Peek() => _position < tokens.Count ? tokens[_position] : null;

        private Token? Accept(params string[] types)
        {
            if (Peek() is { } token && types.Contains(token.Type))
            {
                _position++;
                return token;
            }
            return null;
        }

        private Token Expect(params string[] types) =>
            Accept(types) ?? throw new FormatException($"Expected {string.Join(" or ", types)}, got {Peek()?.Type ?? "EOF"}");

        // Precedence climbing exactly as the server: OR = 1, AND = 2, both left-associative.
        public MemoryFilter Expression(int minimumPrecedence)
        {
            var expression = Primary();
            while (Peek() is { Type: "AND" or "OR" } token)
            {
                var precedence = token.Type == "OR" ? 1 : 2;
                if (precedence < minimumPrecedence) break;
                _position++;
                var right = Expression(precedence + 1);
                expression = token.Type == "AND" ? MemoryFilter.And(expression, right) : MemoryFilter.Or(expression, right);
            }
            return expression;
        }

        private MemoryFilter Primary()
        {
            if (Accept("LPAREN") is not null)
            {
                var expression = Expression(1);
                Expect("RPAREN");
                return expression;
            }
            if (Accept("NOT") is not null) return MemoryFilter.Not(Primary());
            return Predicate();
        }

        private MemoryFilter Predicate()
        {
            var (field, key) = Field(Expect("IDENT").Value);
            if (Accept([.. ScalarOperators.Keys]) is { } op)
                return Test(field, key, ScalarOperators[op.Type], Value());

            var negate = Accept("NOT") is not null;
            if (Accept("IN") is not null)
            {
                var @in = Test(field, key, FilterOperator.In, ValueList());
                return negate ? MemoryFilter.Not(@in) : @in;
            }
            if (negate) throw new FormatException($"Expected IN after NOT for field {field}");

            if (Accept("IS") is not null)
            {
                var negateNull = Accept("NOT") is not null;
                if (!Expect("IDENT").Value.Equals("NULL", StringComparison.OrdinalIgnoreCase))
                    throw new FormatException("Expected NULL after IS/IS NOT");
                var isNull = Test(field, key, FilterOperator.IsNull);
                return negateNull ? MemoryFilter.Not(isNull) : isNull;
            }
            throw new FormatException($"Expected operator after field {field}");
        }

        private FilterValue[] ValueList()
        {
            Expect("LPAREN");
            var values = new List<FilterValue> { InValue() };
            while (Accept("COMMA") is not null) values.Add(InValue());
            Expect("RPAREN");
            if (values.Select(v => v.Kind).Distinct().Count() > 1)
                throw new FormatException("Mixed types in IN list: all values must be int or all str");
            return [.. values];
        }

        private FilterValue InValue()
        {
            var value = Value();
            return value.Kind is FilterValueKind.String or FilterValueKind.Integer
                ? value
                : throw new FormatException($"IN lists only support int and str values, got {value.Kind}");
        }

        private FilterValue Value()
        {
            var token = Expect("IDENT", "STRING");
            if (token.Type == "STRING") return FilterValue.Of(token.Value, "value");
            if (token.Value.Equals("date", StringComparison.OrdinalIgnoreCase))
            {
                Expect("LPAREN");
                var text = Expect("STRING").Value;
                Expect("RPAREN");
                return FilterValue.Of(FromIsoFormat(text));
            }
            if (token.Value.Equals("TRUE", StringComparison.OrdinalIgnoreCase)) return FilterValue.Of(true);
            if (token.Value.Equals("FALSE", StringComparison.OrdinalIgnoreCase)) return FilterValue.Of(false);
            if (token.Value.All(char.IsAsciiDigit)) return FilterValue.Of(long.Parse(token.Value, CultureInfo.InvariantCulture));
            if (token.Value.Split('.') is [{ Length: > 0 } whole, { Length: > 0 } fraction]
                && whole.All(char.IsAsciiDigit) && fraction.All(char.IsAsciiDigit))
                return FilterValue.Of(double.Parse(token.Value, CultureInfo.InvariantCulture), "value");
            return FilterValue.Of(token.Value, "value"); // a bare word is a string
        }
    }

    private static (string Field, string? Key) Field(string name)
    {
        foreach (var prefix in (string[])["m.", "metadata."])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
                return ("metadata." + name[prefix.Length..], name[prefix.Length..]);
        }
        return (name, null);
    }

    private static FieldFilter Test(string field, string? key, FilterOperator op, params FilterValue[] values) =>
        new FieldFilter(field, key, op, new EquatableArray<FilterValue>(values));

    /// <summary>Python's <c>datetime.fromisoformat</c> as the server uses it: an offset is needed for an aware value
    /// (the SDK always sends one), and fractions beyond microseconds are dropped.</summary>
    private static DateTimeOffset FromIsoFormat(string text)
    {
        if (!IsoWithOffset().IsMatch(text)) throw new FormatException($"Invalid or naive ISO date: {text}");
        var parsed = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        return parsed.AddTicks(-(parsed.Ticks % 10));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$")]
    private static partial Regex IsoWithOffset();
}
