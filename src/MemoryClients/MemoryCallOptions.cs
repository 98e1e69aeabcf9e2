using System.Text;
using System.Text.Json.Serialization;

namespace MemoryClients;

/// <summary>
/// Settings of one call, on top of the client's own (<see cref="MemoryResilienceOptions"/>): every options bag of the SDK
/// derives from this, so any call that takes options can have its own timeout, retry count and extra headers. Null keeps
/// the client's setting. None of these is sent as part of a request body.
/// </summary>
/// <example><c>await memory.SearchAsync(query, scope, new MemorySearchOptions { TopK = 5, Timeout = TimeSpan.FromSeconds(2), MaxRetries = 0 });</c></example>
public abstract record MemoryCallOptions
{
    /// <summary>
    /// The time this call may take in all, retries and waits included (10 ms to 24 h); it replaces
    /// <see cref="MemoryResilienceOptions.TotalTimeout"/> for this call, and each try still ends at
    /// <see cref="MemoryResilienceOptions.AttemptTimeout"/> or at this deadline, whichever comes first.
    /// </summary>
    [JsonIgnore]
    public TimeSpan? Timeout { get; init; }

    /// <summary>How many times this call is retried (0 to 10); it replaces <see cref="MemoryResilienceOptions.MaxRetries"/> for this call.</summary>
    [JsonIgnore]
    public int? MaxRetries { get; init; }

    /// <summary>
    /// Extra request headers for this call only, sent on every try (for example a correlation id). Names must be HTTP
    /// tokens and values printable ASCII; the headers the client sets itself (<c>Authorization</c>, <c>User-Agent</c>,
    /// <c>Host</c> and the <c>Content-</c> headers) cannot be replaced.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Whether any per-call setting is set.</summary>
    internal bool HasCallSettings => Timeout is not null || MaxRetries is not null || Headers is not null;

    // The headers the client sets itself, on the request or its content.
    private static readonly string[] ReservedHeaders = ["Authorization", "Host", "User-Agent", "Transfer-Encoding"];

    /// <summary>Checks the per-call settings before any I/O, with the client-wide settings' rules.</summary>
    /// <exception cref="ArgumentException">A setting is out of range, or a header is malformed or one the client sets itself.</exception>
    internal void CheckCallSettings(string paramName)
    {
        if (Timeout is { } timeout && (timeout < MemoryResilienceOptions.MinTimeout || timeout > MemoryResilienceOptions.MaxWait))
            throw new ArgumentOutOfRangeException($"{paramName}.Timeout", timeout, "Timeout must be from 10 ms to 24 hours; leave it null for the client's TotalTimeout.");
        if (MaxRetries is { } retries && retries is < 0 or > MemoryResilienceOptions.MaxRetriesLimit)
            throw new ArgumentOutOfRangeException($"{paramName}.MaxRetries", retries, $"MaxRetries must be from 0 to {MemoryResilienceOptions.MaxRetriesLimit}; leave it null for the client's.");
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrEmpty(name) || name.AsSpan().IndexOfAnyExcept(HeaderNameChars) >= 0)
                throw new ArgumentException($"Header name '{name}' is not an HTTP token.", $"{paramName}.Headers");
            if (ReservedHeaders.Contains(name, StringComparer.OrdinalIgnoreCase) || name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"Header '{name}' is set by the client itself and cannot be replaced per call.", $"{paramName}.Headers");
            ArgumentNullException.ThrowIfNull(value, $"{paramName}.Headers[\"{name}\"]");
            Validation.HeaderValue.Require(value, $"{paramName}.Headers");
        }
    }

    private static readonly System.Buffers.SearchValues<char> HeaderNameChars =
        System.Buffers.SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>These options with the per-call settings of <paramref name="source"/>, for options mapped from the unified ones.</summary>
    internal T WithCallSettingsOf<T>(MemoryCallOptions? source)
        where T : MemoryCallOptions =>
        source is not { HasCallSettings: true } ? (T)this : (T)(this with { Timeout = source.Timeout, MaxRetries = source.MaxRetries, Headers = source.Headers });

    /// <summary>Writes the settings for <c>ToString</c>: header names only, since a value may be a secret.</summary>
    /// <param name="builder">Where the members are written.</param>
    /// <returns>True when anything was written.</returns>
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("Timeout = ").Append(Timeout?.ToString() ?? "(client's)")
            .Append(", MaxRetries = ").Append(MaxRetries?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(client's)")
            .Append(", Headers = [").AppendJoin(", ", Headers?.Keys ?? []).Append(']');
        return true;
    }
}
