using System.Globalization;
using System.Text;

namespace MemoryClients.Emulator.Faults;

/// <summary>
/// What a fault does, parsed from the <c>X-Emulator-Fault</c> header syntax:
/// <c>key=value</c> or bare flags separated by <c>;</c>, for example <c>status=429; retry-after=2</c>,
/// <c>status=503; times=2</c>, <c>status=500; processed</c>, <c>latency=200ms</c>, <c>abort=mid-body</c>, <c>truncate</c>, <c>html</c>.
/// </summary>
public sealed record FaultSpec
{
    /// <summary>The status code to answer with instead of running the route (null runs the route).</summary>
    public int? Status { get; init; }

    /// <summary>How many matching requests get the fault; null means every one.</summary>
    public int? Times { get; init; }

    /// <summary>The Retry-After value to send, if any.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True to send Retry-After as an HTTP date instead of seconds.</summary>
    public bool RetryAfterAsDate { get; init; }

    /// <summary>Delay added before the request is handled.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>How the connection is broken, if at all.</summary>
    public FaultAbort Abort { get; init; }

    /// <summary>True to send only the first half of the body, announced with a matching Content-Length (broken JSON).</summary>
    public bool Truncate { get; init; }

    /// <summary>True to answer with an HTML error page (as a CDN or proxy would); the status defaults to 502.</summary>
    public bool Html { get; init; }

    /// <summary>
    /// True to run the route first, so the request is processed (an add is stored), and only then answer with
    /// <see cref="Status"/>: a service that failed after acting.
    /// </summary>
    public bool Processed { get; init; }

    /// <summary>True when the fault replaces the route's answer with a synthetic one.</summary>
    internal bool ReplacesResponse => Status is not null || Html;

    /// <summary>Parses the header syntax; throws <see cref="FormatException"/> on anything it does not understand.</summary>
    /// <param name="text">The specification, for example <c>status=503; times=2</c>.</param>
    public static FaultSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spec = new FaultSpec();
        foreach (var rawPart in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = rawPart.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? rawPart : rawPart[..equals]).Trim().ToLowerInvariant();
            var value = equals < 0 ? null : rawPart[(equals + 1)..].Trim();
            spec = key switch
            {
                "status" => spec with { Status = ParseStatus(value) },
                "times" => spec with { Times = ParseCount(key, value) },
                "retry-after" => spec with { RetryAfter = TimeSpan.FromSeconds(ParseCount(key, value)) },
                "retry-after-date" => spec with { RetryAfter = TimeSpan.FromSeconds(ParseCount(key, value ?? "1")), RetryAfterAsDate = true },
                "latency" => spec with { Latency = ParseDuration(value) },
                "abort" => spec with { Abort = ParseAbort(value) },
                "truncate" => spec with { Truncate = true },
                "html" => spec with { Html = true },
                "processed" => spec with { Processed = true },
                _ => throw new FormatException($"Unknown fault setting '{key}'."),
            };
        }
        return spec;
    }

    /// <summary>Tries <see cref="Parse"/>, returning false and a reason instead of throwing.</summary>
    /// <param name="text">The specification.</param>
    /// <param name="spec">The parsed fault, when the text is valid.</param>
    /// <param name="error">Why the text is invalid, when it is.</param>
    public static bool TryParse(string text, out FaultSpec? spec, out string? error)
    {
        try
        {
            spec = Parse(text);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            spec = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>The specification in header syntax.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Status is { } status) parts.Add(string.Create(CultureInfo.InvariantCulture, $"status={status}"));
        if (RetryAfter is { } retry)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{(RetryAfterAsDate ? "retry-after-date" : "retry-after")}={(long)retry.TotalSeconds}"));
        if (Latency > TimeSpan.Zero) parts.Add(string.Create(CultureInfo.InvariantCulture, $"latency={(long)Latency.TotalMilliseconds}ms"));
        if (Abort != FaultAbort.None) parts.Add("abort=" + AbortName(Abort));
        if (Truncate) parts.Add("truncate");
        if (Html) parts.Add("html");
        if (Processed) parts.Add("processed");
        if (Times is { } times) parts.Add(string.Create(CultureInfo.InvariantCulture, $"times={times}"));
        var text = new StringBuilder();
        return text.AppendJoin("; ", parts).ToString();
    }

    private static string AbortName(FaultAbort abort) => abort switch
    {
        FaultAbort.BeforeResponse => "before-response",
        FaultAbort.AfterProcessing => "after-processing",
        FaultAbort.MidBody => "mid-body",
        _ => "none",
    };

    private static int ParseStatus(string? value)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status < 400 || status > 599)
            throw new FormatException($"status must be an HTTP error code between 400 and 599, not '{value}'.");
        return status;
    }

    private static int ParseCount(string key, string? value)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            throw new FormatException($"{key} must be a non-negative whole number, not '{value}'.");
        return count;
    }

    private static TimeSpan ParseDuration(string? value)
    {
        var text = value ?? "";
        var (number, scale) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 1.0)
            : text.EndsWith('s') ? (text[..^1], 1000.0)
            : (text, 1.0);
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            throw new FormatException($"latency must look like 200ms or 2s, not '{value}'.");
        return TimeSpan.FromMilliseconds(amount * scale);
    }

    private static FaultAbort ParseAbort(string? value) => value?.ToLowerInvariant() switch
    {
        "before-response" => FaultAbort.BeforeResponse,
        "after-processing" => FaultAbort.AfterProcessing,
        "mid-body" => FaultAbort.MidBody,
        _ => throw new FormatException($"abort must be before-response, after-processing or mid-body, not '{value}'."),
    };
}
