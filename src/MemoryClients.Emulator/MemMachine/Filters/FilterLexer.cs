using System.Text.RegularExpressions;

namespace MemoryClients.Emulator.MemMachine.Filters;

/// <summary>
/// The MemMachine filter lexer: one regex alternation in priority order, scanned
/// like Python's <c>re.finditer</c>, so any character no token matches is silently skipped.
/// </summary>
internal static partial class FilterLexer
{
    private static readonly string[] Kinds = ["LPAREN", "RPAREN", "COMMA", "NE", "GE", "LE", "EQ", "GT", "LT", "STRING", "IDENT", "WS"];
    private static readonly string[] Keywords = ["AND", "OR", "IN", "IS", "NOT"];

    [GeneratedRegex(@"(?<LPAREN>\()|(?<RPAREN>\))|(?<COMMA>,)|(?<NE>!=|<>)|(?<GE>>=)|(?<LE><=)|(?<EQ>=)|(?<GT>>)|(?<LT><)|(?<STRING>'[^']*')|(?<IDENT>[A-Za-z0-9_\.]+)|(?<WS>\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static List<FilterToken> Tokenize(string text)
    {
        var tokens = new List<FilterToken>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            var kind = Kinds.First(k => match.Groups[k].Success);
            var value = match.Value;
            switch (kind)
            {
                case "WS":
                    continue;
                case "STRING":
                    tokens.Add(new FilterToken("STRING", value[1..^1]));
                    break;
                case "IDENT":
                    // Python's str.upper() on an ASCII identifier.
                    var upper = value.ToUpperInvariant();
                    tokens.Add(Keywords.Contains(upper) ? new FilterToken(upper, upper) : new FilterToken("IDENT", value));
                    break;
                default:
                    tokens.Add(new FilterToken(kind, value));
                    break;
            }
        }
        return tokens;
    }
}
