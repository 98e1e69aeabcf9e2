using System.Text;

namespace MemoryClients.Cli;

/// <summary>Reads CSV (RFC 4180): comma-separated fields, double quotes around a field that holds commas, quotes or line breaks, <c>""</c> for a quote.</summary>
internal static class CsvRecords
{
    /// <summary>Every record with the line it starts on; blank lines are skipped.</summary>
    /// <exception cref="UsageException">A quoted field is never closed.</exception>
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var blank = true;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"':
                    quoted = true;
                    blank = false;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    blank = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (!blank)
                    {
                        fields.Add(field.ToString());
                        yield return (start, [.. fields]);
                    }
                    fields.Clear();
                    field.Clear();
                    blank = true;
                    start = ++line;
                    break;
                default:
                    field.Append(ch);
                    blank = false;
                    break;
            }
        }
        if (quoted) throw new UsageException($"line {start}: a quoted field is never closed.");
        if (!blank)
        {
            fields.Add(field.ToString());
            yield return (start, [.. fields]);
        }
    }
}
