using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using WireMock.Logging;
using WireMock.Server;

namespace MemoryClients.ContractTests.Support;

/// <summary>
/// One contract case: the WireMock mapping file <c>Mappings/&lt;provider&gt;/&lt;operation&gt;/&lt;case&gt;.json</c>, served by a
/// WireMock server on loopback. A file holds one mapping, or an array of mappings in the order the client sends them
/// (for example the <c>GET /v1/ping/</c> a Mem0 project call makes first); the last one is the case's own exchange.
/// Each mapping matches on method, path, query parameters, headers and the body as JSON; its <c>Data.query</c> keeps the
/// exact query string; a mapping without a body matcher means the request carries no body.
/// </summary>
public sealed class ContractCase : IAsyncDisposable
{
    private bool _mismatchReported;
    private bool _disposed;

    private ContractCase(string name, IReadOnlyList<JsonObject> mappings, WireMockServer server)
    {
        Name = name;
        Mappings = mappings;
        Server = server;
        BaseAddress = new Uri(server.Urls[0].TrimEnd('/') + "/");
    }

    /// <summary>The case name, for example <c>mem0/ping/ok</c>.</summary>
    public string Name { get; }

    /// <summary>The mappings of the case file, in the order the client sends their requests.</summary>
    public IReadOnlyList<JsonObject> Mappings { get; }

    /// <summary>The case's own mapping (the last of the file).</summary>
    public JsonObject Mapping => Mappings[^1];

    /// <summary>The response body of the case's own mapping: JSON, or a string node for a text body.</summary>
    public JsonNode? ResponseBody => Mapping["Response"]!["BodyAsJson"] ?? Mapping["Response"]!["Body"];

    /// <summary>The WireMock server that serves the case.</summary>
    public WireMockServer Server { get; }

    /// <summary>The server root, ending with a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The path of a case's mapping file in the test output.</summary>
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Mappings", name + ".json");

    /// <summary>Loads <paramref name="name"/> (for example <c>mem0/ping/ok</c>) into a WireMock server of the shared pool.</summary>
    public static Task<ContractCase> StartAsync(string name) => StartAsync(name, [PathOf(name)]);

    /// <summary>Loads several mapping files as one case (a replayed recording), their mappings in file order.</summary>
    public static Task<ContractCase> StartAsync(string name, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var mappings = paths.SelectMany(MappingFile.Read).ToArray();
        var server = ContractServers.Rent();
        try
        {
            foreach (var path in paths)
                server.ReadStaticMappingAndAddOrUpdate(path);
            server.Mappings.Should().HaveCount(mappings.Length, $"WireMock loads every mapping of {name}");
            return Task.FromResult(new ContractCase(name, mappings, server));
        }
        catch
        {
            ContractServers.Return(server);
            throw;
        }
    }

    /// <summary>
    /// Asserts the requests in WireMock's log: each matched a mapping (or the test fails with WireMock's mismatch report),
    /// one per mapping and in order, each with its method, path, exact query, expected headers (so the
    /// <c>Authorization</c> scheme and <c>Content-Type</c>) and exact body. Returns the case's own request.
    /// </summary>
    public RecordedRequest AssertRequest()
    {
        var entries = LogEntries();
        ThrowOnUnmatched(entries);
        entries.Should().HaveCount(Mappings.Count, $"case {Name} describes {Mappings.Count} exchange(s)");
        var requests = new RecordedRequest[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var title = Mappings[i]["Title"]!.GetValue<string>();
            entries[i].MappingTitle.Should().Be(title, $"request #{i + 1} of {Name} is the exchange the file lists #{i + 1}");
            requests[i] = RecordedRequest.From(entries[i]);
            AssertExchange(Mappings[i], requests[i], title);
        }
        return requests[^1];
    }

    private ILogEntry[] LogEntries() => Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).ToArray();

    private void ThrowOnUnmatched(ILogEntry[] entries)
    {
        var unmatched = entries.Where(e => e.RequestMatchResult is not { IsPerfectMatch: true } || e.MappingGuid is null).ToArray();
        if (unmatched.Length == 0)
            return;
        _mismatchReported = true;
        throw new ContractMismatchException(MismatchReport.Describe(Name, unmatched, Mappings));
    }

    private static void AssertExchange(JsonObject mapping, RecordedRequest actual, string name)
    {
        actual.Method.Should().Be(MappingFile.ExpectedMethod(mapping), $"method of {name}");
        actual.Path.Should().Be(MappingFile.ExpectedPath(mapping), $"path of {name}");
        actual.Query.Should().Be(MappingFile.ExpectedQuery(mapping), $"exact query of {name}");
        foreach (var (header, value) in MappingFile.ExpectedHeaders(mapping))
            actual.Headers.Should().ContainKey(header).WhoseValue.Should().Be(value, $"header {header} of {name}");
        var body = MappingFile.ExpectedBody(mapping);
        if (body is null)
            actual.Body.Should().BeEmpty($"{name} sends no body");
        else
        {
            // Members, order, values and number spellings must match exactly; string escaping is the only freedom
            // (the serializer writes a DateTimeOffset's '+' raw where a JsonNode string escapes it), so the wire body
            // is written once more through the same writer as the mapping before the comparison.
            JsonNode.Parse(actual.Body)!.ToJsonString().Should().Be(body.ToJsonString(), $"the exact wire body of {name}");
        }
    }

    /// <summary>Deserialises the case's response body as <typeparamref name="T"/> with unmapped members disallowed, so a field the model lacks fails the test.</summary>
    public T AssertResponseMapsTo<T>(JsonSerializerContext context)
    {
        var body = Mapping["Response"]!["BodyAsJson"] ?? throw new InvalidOperationException($"{Name} has no JSON response body.");
        return (T)JsonSerializer.Deserialize(body.ToJsonString(), Strict(context).GetTypeInfo(typeof(T)))!;
    }

    /// <summary>Options over a source-generated context that reject every JSON member the models do not declare.</summary>
    public static JsonSerializerOptions Strict(JsonSerializerContext context) => new(context.Options)
    {
        TypeInfoResolver = context.WithAddedModifier(static info =>
        {
            if (info.Kind != JsonTypeInfoKind.Object)
                return;
            // Extension data would swallow unknown members; drop it so Disallow can see them.
            var extension = info.Properties.FirstOrDefault(p => p.IsExtensionData);
            if (extension is not null)
                info.Properties.Remove(extension);
            info.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        }),
    };

    /// <summary>
    /// Hands the server back to the pool. A request that matched no mapping and was not reported yet fails the test here
    /// with WireMock's mismatch report, so a client call that failed on WireMock's 404 shows why instead of the 404.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        if (_disposed)
            return ValueTask.CompletedTask;
        _disposed = true;
        try
        {
            if (!_mismatchReported)
                ThrowOnUnmatched(LogEntries());
        }
        finally
        {
            ContractServers.Return(Server);
        }
        return ValueTask.CompletedTask;
    }
}
