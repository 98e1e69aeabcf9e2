using System.Globalization;

namespace MemoryClients.Emulator.MemMachine.Filters;

/// <summary>
/// The MemMachine filter grammar: precedence climbing with OR (1) below AND (2),
/// prefix NOT on one primary, predicates <c>field op value</c>, <c>field [NOT] IN (...)</c>, <c>field IS [NOT] NULL</c>,
/// and <c>date('iso')</c> values. Error messages are the server's.
/// </summary>
internal sealed class FilterParser
{
    private readonly List<FilterToken> _tokens;
    private int _position;

    private FilterParser(List<FilterToken> tokens) => _tokens = tokens;

    /// <summary>Null for an empty or blank filter (and for one whose characters are all skipped by the lexer).</summary>
    public static FilterExpr? Parse(string? text)
    {
        if (text is null) return null;
        // Python's str.strip() and the \s in the lexer both use Unicode white space.
        text = text.Trim();
        if (text.Length == 0) return null;
        var parser = new FilterParser(FilterLexer.Tokenize(text));
        if (parser._tokens.Count == 0) return null;
        var expression = parser.ParseExpression(1);
        if (parser.Peek() is { } extra) throw new FilterParseException($"Unexpected token: {extra}");
        return expression;
    }

    private FilterToken? Peek() => _position < _tokens.Count ? _tokens[_position] : null;

    private FilterToken? Accept(params string[] types)
    {
        if (Peek() is { } token && types.Contains(token.Type))
        {
            _position++;
            return token;
        }
        return null;
    }

    private FilterToken Expect(params string[] types)
    {
        var token = Peek();
        if (token is null || !types.Contains(token.Value.Type))
            throw new FilterParseException($"Expected {string.Join(" or ", types)}, got {(token is null ? "EOF" : token.Value.Type)}");
        _position++;
        return token.Value;
    }

    private static int Precedence(string type) => type switch
    {
        "OR" => 1,
        "AND" => 2,
        _ => 0,
    };

    private FilterExpr ParseExpression(int minimum)
    {
        var expression = ParsePrimary();
        while (Peek() is { } token && Precedence(token.Type) is var precedence && precedence > 0 && precedence >= minimum)
        {
            _position++;
            var right = ParseExpression(precedence + 1);
            expression = token.Type == "AND" ? new AndExpr(expression, right) : new OrExpr(expression, right);
        }
        return expression;
    }

    private FilterExpr ParsePrimary()
    {
        if (Accept("LPAREN") is not null)
        {
            var inner = ParseExpression(1);
            Expect("RPAREN");
            return inner;
        }
        if (Accept("NOT") is not null) return new NotExpr(ParsePrimary());
        return ParsePredicate();
    }

    private FilterExpr ParsePredicate()
    {
        var field = Expect("IDENT").Value;
        if (Accept("EQ", "NE", "GE", "LE", "GT", "LT") is { } op)
            return new ComparisonExpr(field, ScalarOperator(op.Type), ParseValue());

        var negate = Accept("NOT") is not null;
        if (Accept("IN") is not null)
        {
            FilterExpr inExpr = new InExpr(field, ParseValueList());
            return negate ? new NotExpr(inExpr) : inExpr;
        }
        if (negate) throw new FilterParseException($"Expected IN after NOT for field {field}");

        if (Accept("IS") is not null)
        {
            var notNull = Accept("NOT") is not null;
            var nullToken = Expect("IDENT");
            if (!string.Equals(nullToken.Value, "NULL", StringComparison.OrdinalIgnoreCase))
                throw new FilterParseException("Expected NULL after IS/IS NOT");
            FilterExpr isNull = new IsNullExpr(field);
            return notNull ? new NotExpr(isNull) : isNull;
        }

        throw new FilterParseException(
            $"Expected operator after field {field}: comparison (=, !=, <>, >, <, >=, <=), membership (IN, NOT IN), or nullity (IS NULL, IS NOT NULL)");
    }

    private static string ScalarOperator(string type) => type switch
    {
        "EQ" => "=",
        "NE" => "!=",
        "GE" => ">=",
        "LE" => "<=",
        "GT" => ">",
        _ => "<",
    };

    private List<FilterValue> ParseValueList()
    {
        Expect("LPAREN");
        var values = new List<FilterValue> { ParseInValue() };
        while (Accept("COMMA") is not null) values.Add(ParseInValue());
        Expect("RPAREN");
        if (values.All(v => v.Kind == FilterValueKind.Int) || values.All(v => v.Kind == FilterValueKind.String)) return values;
        throw new FilterParseException("Mixed types in IN list: all values must be int or all str");
    }

    private FilterValue ParseInValue()
    {
        var value = ParseValue();
        if (value.Kind is not (FilterValueKind.Int or FilterValueKind.String))
            throw new FilterParseException($"IN lists only support int and str values, got {value.PythonType}");
        return value;
    }

    private FilterValue ParseValue()
    {
        var token = Expect("IDENT", "STRING");
        var raw = token.Value;
        if (token.Type == "STRING") return FilterValue.Of(raw);
        if (string.Equals(raw, "date", StringComparison.OrdinalIgnoreCase))
        {
            Expect("LPAREN");
            var text = Expect("STRING").Value;
            Expect("RPAREN");
            return FilterValue.Of(IsoDate.Parse(text)
                ?? throw new FilterParseException($"Invalid ISO format date string: Invalid isoformat string: '{text}'"));
        }
        var upper = raw.ToUpperInvariant();
        if (upper == "TRUE") return FilterValue.Of(true);
        if (upper == "FALSE") return FilterValue.Of(false);
        if (raw.All(char.IsAsciiDigit))
        {
            return long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var integer)
                ? FilterValue.Of(integer)
                : new FilterValue(FilterValueKind.Int, raw, double.Parse(raw, CultureInfo.InvariantCulture), false, default);
        }
        if (LooksLikeFloat(raw)) return FilterValue.Of(double.Parse(raw, CultureInfo.InvariantCulture));
        return FilterValue.Of(raw);
    }

    private static bool LooksLikeFloat(string value)
    {
        var parts = value.Split('.');
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 && parts.All(p => p.All(char.IsAsciiDigit));
    }
}
