using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MemoryClients.ContractTests.Support;

/// <summary>
/// One recorded exchange from <c>Fixtures/&lt;provider&gt;/&lt;operation&gt;/&lt;case&gt;.json</c>, replayed on a loopback stub.
/// The fixture shape: <c>{"request": {"method", "path", "query", "headers", "body"}, "response": {"status", "headers", "body"}}</c>.
/// <c>query</c> is the exact query string without <c>?</c>; <c>headers</c> lists headers the request must carry;
/// a request <c>body</c> of null means no body is sent. An optional <c>before</c> array holds exchanges of the same shape that
/// happen first (for example the <c>GET /v1/ping/</c> a project call needs); the stub answers them in order.
/// </summary>
public sealed class ContractCase : IAsyncDisposable
{
    private ContractCase(string name, JsonObject fixture, StubServer stub)
    {
        Name = name;
        Fixture = fixture;
        Stub = stub;
    }

    public string Name { get; }

    public JsonObject Fixture { get; }

    public StubServer Stub { get; }

    public Uri BaseAddress => Stub.BaseAddress;

    /// <summary>Loads <paramref name="name"/> (for example <c>mem0/ping/ok</c>) and starts a stub that answers once with its response.</summary>
    public static async Task<ContractCase> StartAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json");
        var fixture = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        var stub = await StubServer.StartAsync();
        foreach (var exchange in Before(fixture))
            stub.Enqueue(ToStubResponse(exchange["response"]!.AsObject()));
        stub.Enqueue(ToStubResponse(fixture["response"]!.AsObject()));
        return new ContractCase(name, fixture, stub);
    }

    private static JsonObject[] Before(JsonObject fixture) => fixture["before"]?.AsArray().Select(e => e!.AsObject()).ToArray() ?? [];

    private static StubResponse ToStubResponse(JsonObject response)
    {
        var headers = response["headers"]?.AsObject().ToDictionary(h => h.Key, h => h.Value!.GetValue<string>()) ?? [];
        var body = response["body"] switch
        {
            null => "",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            var node => node.ToJsonString(),
        };
        return new StubResponse(response["status"]!.GetValue<int>(), headers, body);
    }

    /// <summary>
    /// Asserts the requests the stub saw: one per <c>before</c> exchange, then the fixture's own, each with its method, path,
    /// exact query, required headers and exact body bytes. Returns the fixture's own request.
    /// </summary>
    public RecordedRequest AssertRequest()
    {
        var before = Before(Fixture);
        Stub.Requests.Should().HaveCount(before.Length + 1, $"fixture {Name} describes {before.Length + 1} exchange(s)");
        for (var i = 0; i < before.Length; i++)
            AssertExchange(before[i]["request"]!.AsObject(), Stub.Requests[i], $"{Name} (before #{i + 1})");
        var actual = Stub.Requests[before.Length];
        AssertExchange(Fixture["request"]!.AsObject(), actual, Name);
        return actual;
    }

    private static void AssertExchange(JsonObject expected, RecordedRequest actual, string name)
    {
        actual.Method.Should().Be(expected["method"]!.GetValue<string>(), $"method of {name}");
        actual.Path.Should().Be(expected["path"]!.GetValue<string>(), $"path of {name}");
        actual.Query.Should().Be(expected["query"]?.GetValue<string>() ?? "", $"query of {name}");
        foreach (var (header, value) in expected["headers"]?.AsObject() ?? [])
            actual.Headers.Should().ContainKey(header).WhoseValue.Should().Be(value!.GetValue<string>(), $"header {header} of {name}");
        var body = expected["body"];
        if (body is null)
            actual.Body.Should().BeEmpty($"{name} sends no body");
        else
        {
            // Members, order, values and number spellings must match exactly; string escaping is the only freedom
            // (the serializer writes a DateTimeOffset's '+' raw where a JsonNode string escapes it), so the wire body
            // is written once more through the same writer as the fixture before the comparison.
            JsonNode.Parse(actual.Body)!.ToJsonString().Should().Be(body.ToJsonString(), $"the exact wire body of {name}");
        }
    }

    /// <summary>Deserialises the fixture's response body as <typeparamref name="T"/> with unmapped members disallowed, so a field the model lacks fails the test.</summary>
    public T AssertResponseMapsTo<T>(JsonSerializerContext context)
    {
        var body = Fixture["response"]!["body"] ?? throw new InvalidOperationException($"{Name} has no response body.");
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

    public ValueTask DisposeAsync() => Stub.DisposeAsync();
}
