using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace MemoryClients.ContractTests.Support;

/// <summary>
/// Record mode: a WireMock proxy on loopback in front of a real service. The client talks to <see cref="BaseAddress"/>;
/// WireMock forwards each request upstream and logs the exchange. <see cref="Save"/> writes every captured exchange as a
/// mapping file in the committed format, scrubbed: the key becomes the placeholder <c>test-key</c> (only the
/// <c>Authorization</c> scheme survives), <c>Cookie</c>, <c>Set-Cookie</c> and every other header but <c>Accept</c> and
/// <c>Content-Type</c> are dropped, and ids are normalised (each UUID to a numbered one, each declared run value to its
/// placeholder) so a replay of the same scenario sends the same bytes.
/// </summary>
public sealed partial class ContractRecording : IDisposable
{
    /// <summary>The variable that turns record mode on when it is <c>1</c>.</summary>
    public const string RecordVariable = "MEMORYCLIENTS_RECORD";

    /// <summary>What the key is replaced with in recorded files: the key the contract clients use.</summary>
    public const string KeyPlaceholder = "test-key";

    /// <summary>The case name every recorded file gets.</summary>
    public const string CaseName = "recorded";

    private static readonly string[] KeptRequestHeaders = ["Authorization", "Accept", "Content-Type"];

    private readonly WireMockServer _proxy;
    private readonly string _provider;
    private readonly string _apiKey;
    private readonly Dictionary<string, string> _replacements = new(StringComparer.Ordinal);
    private readonly List<(string Operation, ILogEntry[] Entries)> _captures = [];
    private int _seen;

    private ContractRecording(WireMockServer proxy, string provider, Uri upstream, string apiKey, IReadOnlyDictionary<string, string> placeholders)
    {
        _proxy = proxy;
        _provider = provider;
        _apiKey = apiKey;
        foreach (var (value, placeholder) in placeholders)
            _replacements[value] = placeholder;
        BaseAddress = new Uri(new Uri(proxy.Urls[0].TrimEnd('/') + "/"), upstream.AbsolutePath);
    }

    /// <summary>Whether the environment asks for record mode.</summary>
    public static bool Requested => Environment.GetEnvironmentVariable(RecordVariable) == "1";

    /// <summary>The base address a client uses to go through the proxy: the proxy's root plus the upstream's path.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// Starts a proxy to <paramref name="upstream"/>. <paramref name="placeholders"/> maps values that differ per run
    /// (for example a generated user id) to the fixed text recorded in their place.
    /// </summary>
    public static ContractRecording Start(string provider, Uri upstream, string apiKey, IReadOnlyDictionary<string, string>? placeholders = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(upstream);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        // The server-wide proxy keeps the request path as sent (a trailing slash included); it saves nothing itself.
        var proxy = ContractServers.Start(new WireMockServerSettings
        {
            ProxyAndRecordSettings = new ProxyAndRecordSettings
            {
                Url = upstream.GetLeftPart(UriPartial.Authority),
                SaveMapping = false,
                SaveMappingToFile = false,
            },
        });
        return new ContractRecording(proxy, provider, upstream, apiKey, placeholders ?? new Dictionary<string, string>());
    }

    /// <summary>Runs one client call and files the exchanges it made under <paramref name="operation"/>, also when it throws.</summary>
    public async Task<T> CaptureAsync<T>(string operation, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        finally
        {
            Capture(operation);
        }
    }

    /// <summary>Runs one client call with no result and files its exchanges under <paramref name="operation"/>.</summary>
    public async Task CaptureAsync(string operation, Func<Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            await call();
        }
        finally
        {
            Capture(operation);
        }
    }

    private void Capture(string operation)
    {
        var entries = _proxy.LogEntries.OrderBy(e => e.RequestMessage.DateTime).ToArray();
        _captures.Add((operation, entries[_seen..]));
        _seen = entries.Length;
    }

    /// <summary>
    /// Writes <c>&lt;mappings&gt;/&lt;provider&gt;/&lt;operation&gt;/recorded.json</c> per captured call (a second capture of the
    /// same operation gets <c>recorded-2</c>, and so on) and returns the paths in capture order.
    /// </summary>
    public IReadOnlyList<string> Save(string mappingsFolder)
    {
        var written = new List<string>();
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (operation, entries) in _captures.Where(c => c.Entries.Length > 0))
        {
            var use = uses[operation] = uses.GetValueOrDefault(operation) + 1;
            var caseName = use == 1 ? CaseName : $"{CaseName}-{use}";
            var title = $"{_provider}/{operation}/{caseName}";
            var mappings = entries.Select((e, i) => ToMapping(e, i == entries.Length - 1 ? title : $"{title} (before #{i + 1})")).ToArray();
            var path = Path.Combine(mappingsFolder, _provider, operation, caseName + ".json");
            MappingFile.Write(path, mappings);
            written.Add(path);
        }
        return written;
    }

    /// <summary>The committed mapping folder of the source tree (record mode writes there), found from the test output.</summary>
    public static string SourceMappingsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MemoryClients.ContractTests.csproj")))
                return Path.Combine(dir.FullName, "Mappings");
        }
        throw new DirectoryNotFoundException("The MemoryClients.ContractTests project folder was not found above the test output.");
    }

    private JsonObject ToMapping(ILogEntry entry, string title)
    {
        var request = entry.RequestMessage;
        var response = entry.ResponseMessage;
        var headers = new List<(string, string)>();
        foreach (var name in KeptRequestHeaders)
        {
            if (request.Headers?.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)) is not { Key: not null } header)
                continue;
            var value = string.Join(", ", header.Value);
            headers.Add((name, name == "Authorization" ? ScrubAuthorization(value) : Normalise(value)));
        }
        var requestBody = request.BodyAsBytes is { Length: > 0 } bytes ? Encoding.UTF8.GetString(bytes) : request.Body;
        var responseBody = response.BodyData?.BodyAsBytes is { Length: > 0 } responseBytes
            ? Encoding.UTF8.GetString(responseBytes)
            : response.BodyData?.BodyAsString ?? response.BodyData?.BodyAsJson?.ToString();
        var contentType = response.Headers?.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return MappingFile.Create(
            title,
            request.Method,
            Normalise(request.Path),
            Normalise((request.RawQuery ?? "").TrimStart('?')),
            headers,
            string.IsNullOrEmpty(requestBody) ? null : ParseOrText(Normalise(requestBody)),
            Convert.ToInt32(response.StatusCode, System.Globalization.CultureInfo.InvariantCulture),
            contentType is null ? [] : [("Content-Type", contentType)],
            string.IsNullOrEmpty(responseBody) ? null : ParseOrText(Normalise(responseBody)));
    }

    private static string ScrubAuthorization(string value)
    {
        var scheme = value.Split(' ', 2)[0];
        return value.Contains(' ', StringComparison.Ordinal) ? $"{scheme} {KeyPlaceholder}" : KeyPlaceholder;
    }

    /// <summary>Replaces the key, the declared run values and every UUID (each to a numbered one, the same everywhere).</summary>
    private string Normalise(string text)
    {
        text = text.Replace(_apiKey, KeyPlaceholder, StringComparison.Ordinal);
        foreach (var (value, placeholder) in _replacements.Where(r => !Uuid().IsMatch(r.Key)))
            text = text.Replace(value, placeholder, StringComparison.Ordinal);
        return Uuid().Replace(text, m =>
        {
            if (!_replacements.TryGetValue(m.Value, out var replacement))
                _replacements[m.Value] = replacement = $"00000000-0000-4000-8000-{_replacements.Count(r => Uuid().IsMatch(r.Key)) + 1:x12}";
            return replacement;
        });
    }

    private static JsonNode ParseOrText(string body)
    {
        try
        {
            return JsonNode.Parse(body) ?? JsonValue.Create(body);
        }
        catch (JsonException)
        {
            return JsonValue.Create(body);
        }
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    /// <summary>Stops the proxy.</summary>
    public void Dispose() => _proxy.Stop();
}
