namespace MemoryClients.Emulator.Http;

/// <summary>
/// The host names the emulator serves: the loopback names, plus <see cref="MemoryEmulatorOptions.AllowedHosts"/>.
/// A page on another site, or one that reached 127.0.0.1 through a rebound DNS name, names another host in
/// <c>Origin</c> or <c>Host</c>; such requests are refused before any route runs.
/// </summary>
internal sealed class HostFilter
{
    /// <summary>The names always served, whatever the port.</summary>
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    private readonly HashSet<string> _names = new(LoopbackNames, StringComparer.OrdinalIgnoreCase);
    private readonly bool _any;

    public HostFilter(IReadOnlyList<string> allowedHosts)
    {
        foreach (var entry in allowedHosts)
        {
            if (entry == "*") _any = true;
            else _names.Add(Normalise(entry) ?? throw new ArgumentException(
                $"MemoryEmulatorOptions.AllowedHosts: '{entry}' is not a host name; give names such as 'memory.test' without scheme or port, or '*'.",
                nameof(allowedHosts)));
        }
    }

    /// <summary>The entry as the <c>Host</c> header spells it (IPv6 in brackets), or null when it is no host name.</summary>
    public static string? Normalise(string entry) => Uri.CheckHostName(entry.Trim('[', ']')) switch
    {
        UriHostNameType.Dns or UriHostNameType.IPv4 when !entry.Contains('[', StringComparison.Ordinal) => entry,
        UriHostNameType.IPv6 => "[" + entry.Trim('[', ']') + "]",
        _ => null,
    };

    /// <summary>Null when the request may proceed, otherwise why it may not.</summary>
    public string? Refusal(HttpRequest request)
    {
        if (_any) return null;
        // HTTP/1.0 may omit Host; then nothing names a foreign site.
        if (request.Host.HasValue && !_names.Contains(request.Host.Host))
            return $"Host '{request.Host.Host}' is not allowed. {Served()}";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && _names.Contains(uri.Host)))
            return $"Origin '{origin}' is not allowed: web pages of other sites cannot call the emulator. {Served()}";
        return null;
    }

    private string Served() =>
        $"The emulator serves {string.Join(", ", _names)}; allow another name with --allowed-hosts or MemoryEmulatorOptions.AllowedHosts.";
}
