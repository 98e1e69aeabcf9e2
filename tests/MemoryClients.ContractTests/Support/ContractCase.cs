using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MemoryClients.ContractTests.Support;

/// <summary>
/// One recorded exchange from <c>Fixtures/&lt;provider&gt;/&lt;operation&gt;/&lt;case&gt;.json</c>, replayed on a loopback stub.
/// The fixture shape: <c>{"request": {"method", "path", "query", "headers", "body"}, "response": {"status", "headers", "body"}}</c>.
/// <c>query</c> is the exact query string without <c>?</c>; <c>headers</c> lists headers the request must carry;
/// a request <c>body</c> of null means no body is sent.
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
        var response = fixture["response"]!.AsObject();
        var headers = response["headers"]?.AsObject().ToDictionary(h => h.Key, h => h.Value!.GetValue<string>()) ?? [];
        var body = response["body"] switch
        {
            null => "",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            var node => node.ToJsonString(),
        };
        stub.Enqueue(new StubResponse(response["status"]!.GetValue<int>(), headers, body));
        return new ContractCase(name, fixture, stub);
    }

    /// <summary>Asserts the one request the stub saw: method, path, exact query, required headers and the exact body bytes.</summary>
    public RecordedRequest AssertRequest()
    {
        var expected = Fixture["request"]!.AsObject();
        Stub.Requests.Should().ContainSingle($"fixture {Name} describes one exchange");
        var actual = Stub.Requests[0];
        actual.Method.Should().Be(expected["method"]!.GetValue<string>(), $"method of {Name}");
        actual.Path.Should().Be(expected["path"]!.GetValue<string>(), $"path of {Name}");
        actual.Query.Should().Be(expected["query"]?.GetValue<string>() ?? "", $"query of {Name}");
        foreach (var (header, value) in expected["headers"]?.AsObject() ?? [])
            actual.Headers.Should().ContainKey(header).WhoseValue.Should().Be(value!.GetValue<string>(), $"header {header} of {Name}");
        var body = expected["body"];
        if (body is null)
            actual.Body.Should().BeEmpty($"{Name} sends no body");
        else
            actual.Body.Should().Be(body.ToJsonString(), $"the exact wire body of {Name}");
        return actual;
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
