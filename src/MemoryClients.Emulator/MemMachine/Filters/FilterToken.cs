using System.Globalization;
using System.Text;

namespace MemoryClients.Emulator.MemMachine.Filters;

/// <summary>A lexer token; <see cref="ToString"/> matches the Python NamedTuple repr used in "Unexpected token" errors.</summary>
internal readonly record struct FilterToken(string Type, string Value)
{
    public override string ToString() => $"Token(type={PythonRepr(Type)}, value={PythonRepr(Value)})";

    private static string PythonRepr(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder().Append(quote);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                default:
                    if (ch == quote) builder.Append('\\').Append(ch);
                    else if (char.IsControl(ch)) builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)ch:x2}");
                    else builder.Append(ch);
                    break;
            }
        }
        return builder.Append(quote).ToString();
    }
}
