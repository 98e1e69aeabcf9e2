using System.Text;
using System.Text.Json.Nodes;
using WireMock.Logging;

namespace MemoryClients.ContractTests.Support;

/// <summary>
/// Turns WireMock's verdict on requests that matched no mapping into a readable report: the closest mapping WireMock found,
/// the score of each of its request matchers, and the expected and actual value of every part of the request.
/// </summary>
public static class MismatchReport
{
    private const int MaxBody = 2000;

    public static string Describe(string caseName, IEnumerable<ILogEntry> unmatched, IReadOnlyList<JsonObject> mappings)
    {
        ArgumentNullException.ThrowIfNull(unmatched);
        ArgumentNullException.ThrowIfNull(mappings);
        var report = new StringBuilder();
        foreach (var entry in unmatched)
        {
            var actual = RecordedRequest.From(entry);
            report.Append("WireMock matched no mapping of ").Append(caseName).Append(" for ")
                .Append(actual.Method).Append(' ').Append(actual.Path)
                .Append(actual.Query.Length > 0 ? "?" + actual.Query : "").AppendLine(".");
            var closest = mappings.FirstOrDefault(m => m["Title"]?.GetValue<string>() == entry.PartialMappingTitle);
            if (entry.PartialMatchResult is { } partial)
            {
                report.Append("Closest mapping: \"").Append(entry.PartialMappingTitle)
                    .Append("\" (average score ").Append(partial.AverageTotalScore.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).AppendLine(").");
                report.AppendLine("WireMock's matchers (1 = matched, 0 = did not):");
                foreach (var detail in partial.MatchDetails)
                {
                    report.Append("  ").Append(detail.Name).Append(": ")
                        .Append(detail.Score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))
                        .Append(detail.Score < 1 ? "   <-- mismatch" : "");
                    if (detail.Exception is not null)
                        report.Append(" (").Append(detail.Exception.Message).Append(')');
                    report.AppendLine();
                }
            }
            if (closest is not null)
                Compare(report, closest, actual);
            report.AppendLine();
        }
        return report.ToString().TrimEnd();
    }

    private static void Compare(StringBuilder report, JsonObject mapping, RecordedRequest actual)
    {
        report.AppendLine("Expected (closest mapping) / actual:");
        Line(report, "method", MappingFile.ExpectedMethod(mapping), actual.Method);
        Line(report, "path", MappingFile.ExpectedPath(mapping), actual.Path);
        Line(report, "query", MappingFile.ExpectedQuery(mapping), actual.Query);
        foreach (var (name, pattern) in MappingFile.ExpectedHeaders(mapping))
        {
            string? expected = pattern;
            var value = actual.Headers.GetValueOrDefault(name);
            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                // Show the scheme only: a report must never print a key.
                expected = Scheme(expected);
                value = Scheme(value);
            }
            Line(report, "header " + name, expected, value);
        }
        var body = MappingFile.ExpectedBody(mapping);
        Line(report, "body", body?.ToJsonString() ?? "(none)", actual.Body.Length == 0 ? "(none)" : Normalise(actual.Body));
    }

    /// <summary>An <c>Authorization</c> value with everything after the scheme masked, so a report never shows a key.</summary>
    public static string? Scheme(string? authorization) =>
        authorization is null ? null : authorization.Split(' ', 2)[0] + (authorization.Contains(' ', StringComparison.Ordinal) ? " ***" : "");

    private static string Normalise(string body)
    {
        try
        {
            return JsonNode.Parse(body)?.ToJsonString() ?? body;
        }
        catch (System.Text.Json.JsonException)
        {
            return body;
        }
    }

    private static void Line(StringBuilder report, string part, string? expected, string? actual)
    {
        var same = string.Equals(expected, actual, StringComparison.Ordinal);
        report.Append("  ").Append(same ? "  " : "! ").Append(part).Append(": expected ").Append(Clip(expected ?? "(absent)"));
        if (!same)
            report.Append(", actual ").Append(Clip(actual ?? "(absent)"));
        report.AppendLine();
    }

    private static string Clip(string text) => text.Length <= MaxBody ? text : text[..MaxBody] + "…";
}
