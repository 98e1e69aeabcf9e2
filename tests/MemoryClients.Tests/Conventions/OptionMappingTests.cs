using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Filters;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine;
using MemoryClients.MemMachine.Api;
using MemoryClients.Tests.Mem0;
using MemoryClients.Tests.MemMachine.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Conventions;

/// <summary>
/// Each options bag has one mapping onto its wire request. This keeps every mapping complete: each option, set alone,
/// must reach the wire under its snake_case name (or the name listed here), so an option added without its mapping fails.
/// </summary>
public sealed class OptionMappingTests
{
    /// <summary>Options whose wire name is not the snake_case of the property, or that are not a field of their own.</summary>
    private static readonly Dictionary<string, string?> WireNames = new()
    {
        ["Mem0ListOptions.PageSize"] = "?page_size",
        ["Mem0AddOptions.ObservationDateTime"] = "observation_datetime",
        ["Mem0AddOptions.AdditionalBodyProperties"] = "extra_field",
        ["Mem0SearchOptions.AdditionalBodyProperties"] = "extra_field",
        ["Mem0ListOptions.AdditionalBodyProperties"] = "extra_field",
        ["Mem0UpdateOptions.IsExpirationDateSet"] = null,
        ["MemMachineSearchOptions.RawFilter"] = "filter",
        ["MemMachineListOptions.RawFilter"] = "filter",
    };

    public static TheoryData<string, string> Options()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in new[] { typeof(Mem0AddOptions), typeof(Mem0SearchOptions), typeof(Mem0ListOptions), typeof(Mem0UpdateOptions),
                     typeof(MemMachineAddOptions), typeof(MemMachineSearchOptions), typeof(MemMachineListOptions), typeof(MemMachineCreateProjectOptions) })
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
                data.Add(type.Name, property.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Options))]
    public async Task Every_option_reaches_the_wire(string optionsType, string property)
    {
        var key = $"{optionsType}.{property}";
        var wireName = WireNames.TryGetValue(key, out var listed) ? listed : JsonNamingPolicy.SnakeCaseLower.ConvertName(property);
        if (wireName is null)
            return; // computed from another option, not sent on its own
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, Answer(optionsType));
        var options = Activator.CreateInstance(Type(optionsType))!;
        var setter = options.GetType().GetProperty(property)!;
        setter.SetValue(options, Sample(setter.PropertyType, property));

        await Send(handler, options);

        var request = handler.Requests.Single();
        if (wireName.StartsWith('?'))
            request.Query.Should().Contain(wireName[1..] + "=", key);
        else
            JsonNode.Parse(request.Body!)!.AsObject().Should().ContainKey(wireName, key);
    }

    private static Type Type(string name) => typeof(Mem0Client).Assembly.GetTypes().Single(t => t.Name == name);

    private static object? Sample(Type type, string property) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(bool) => true,
        var t when t == typeof(int) => 5,
        var t when t == typeof(double) => 0.5,
        var t when t == typeof(string) => "x",
        var t when t == typeof(DateTimeOffset) => new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        var t when t == typeof(DateOnly) => new DateOnly(2026, 1, 2),
        var t when t == typeof(JsonObject) => property == "AdditionalBodyProperties" ? new JsonObject { ["extra_field"] = 1 } : new JsonObject { ["k"] = "v" },
        var t when t == typeof(IReadOnlyList<string>) => new[] { "a" },
        var t when t == typeof(IReadOnlyList<IReadOnlyDictionary<string, string>>) => new[] { new Dictionary<string, string> { ["food"] = "Food" } },
        var t when t == typeof(MemoryFilter) => MemoryFilter.UserId.Is("u"),
        var t when t == typeof(IReadOnlyList<MemMachineMemoryType>) => new[] { MemMachineMemoryType.Episodic },
        var t when t == typeof(MemMachineProjectConfig) => new MemMachineProjectConfig(),
        var t => throw new NotSupportedException($"Add a sample value for {t} ({property})."),
    };

    private static string Answer(string optionsType) => optionsType switch
    {
        nameof(Mem0AddOptions) => """{"message":"ok","status":"PENDING","event_id":"e1"}""",
        nameof(Mem0SearchOptions) => """{"results":[]}""",
        nameof(Mem0ListOptions) => """{"count":0,"next":null,"previous":null,"results":[]}""",
        nameof(Mem0UpdateOptions) => """{"id":"m1","memory":"x"}""",
        nameof(MemMachineAddOptions) => """{"results":[]}""",
        nameof(MemMachineSearchOptions) => """{"status":0,"content":{}}""",
        nameof(MemMachineListOptions) => """{"status":0,"content":{}}""",
        _ => """{"org_id":"o","project_id":"p","description":"","config":{}}""",
    };

    private static async Task Send(ScriptedHandler handler, object options)
    {
        var scope = MemoryScope.ForUser("alice");
        switch (options)
        {
            case Mem0AddOptions add:
                using (var mem0 = Mem0TestClient.Create(handler))
                    await mem0.AddAsync([Mem0Message.User("hi")], scope, add);
                break;
            case Mem0SearchOptions search:
                using (var mem0 = Mem0TestClient.Create(handler))
                    await mem0.SearchAsync("tea", scope, search);
                break;
            case Mem0ListOptions list:
                using (var mem0 = Mem0TestClient.Create(handler))
                    await mem0.ListPageAsync(scope, null, list);
                break;
            case Mem0UpdateOptions update:
                using (var mem0 = Mem0TestClient.Create(handler))
                    await mem0.UpdateAsync("m1", update);
                break;
            case MemMachineAddOptions add:
                using (var mm = MemMachineTestClient.Cloud(handler))
                    await mm.AddAsync([new MemMachineMessage { Content = "hi", Producer = "alice" }], "p", add);
                break;
            case MemMachineSearchOptions search:
                using (var mm = MemMachineTestClient.Cloud(handler))
                    await mm.SearchAsync("tea", "p", search);
                break;
            case MemMachineListOptions list:
                using (var mm = MemMachineTestClient.Cloud(handler))
                    await mm.ListEpisodicPageAsync("p", null, list);
                break;
            case MemMachineCreateProjectOptions create:
                // A project configuration is a self-hosted setting.
                using (var mm = MemMachineTestClient.SelfHosted(handler))
                    await mm.CreateProjectAsync("p", create);
                break;
        }
    }
}
