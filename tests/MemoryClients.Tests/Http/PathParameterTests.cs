using System.Reflection;
using MemoryClients.Http;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine.Api;
using MemoryClients.Tests.Mem0;
using MemoryClients.Tests.Support;
using Refit;

namespace MemoryClients.Tests.Http;

/// <summary>
/// Every id that goes into a request path is checked before any I/O, on every route of every raw API and through both send
/// paths: URI normalisation would otherwise turn <c>DELETE v1/memories/./</c> into the delete-all route.
/// </summary>
public sealed class PathParameterTests
{
    private static readonly string[] BadSegments = ["", " ", ".", "..", "a\nb", "a\u0000b", "a\u007Fb", "\uD800x"];

    private static readonly Type[] RawApis = [typeof(IMem0V1Api), typeof(IMem0V2Api), typeof(IMem0V3Api), typeof(IMemMachineV2Api)];

    public static TheoryData<string, string, bool> Routes()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var api in RawApis)
        {
            foreach (var method in api.GetMethods())
            {
                foreach (var parameter in method.GetParameters().Where(p => IsPath(p) && p.ParameterType == typeof(string)))
                {
                    data.Add($"{api.Name}.{method.Name}", parameter.Name!, true);
                    data.Add($"{api.Name}.{method.Name}", parameter.Name!, false);
                }
            }
        }
        return data;
    }

    [Fact]
    public void Every_route_with_an_id_is_covered()
    {
        // 34 string path parameters across the Mem0 routes (MemMachine sends every id in the body), each through both paths.
        Routes().Count.Should().Be(2 * 34);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void A_path_id_that_would_change_the_route_is_refused_before_any_request(string route, string parameterName, bool synchronous)
    {
        foreach (var bad in BadSegments)
        {
            var handler = new ScriptedHandler();
            using var transport = Transport(handler);
            var (api, method) = Resolve(transport, route);

            var call = () =>
            {
                using (synchronous ? CallContext.Blocking() : default(CallContext.BlockingScope?))
                    return method.Invoke(api, Arguments(method, parameterName, bad));
            };

            var error = call.Should().Throw<TargetInvocationException>().Which.InnerException;
            error.Should().BeAssignableTo<ArgumentException>($"'{Escape(bad)}' as {parameterName} of {route}")
                .Which.ParamName.Should().Be(parameterName);
            handler.Requests.Should().BeEmpty();
        }
    }

    [Fact]
    public async Task Ordinary_ids_are_escaped_into_a_single_segment()
    {
        var handler = new ScriptedHandler().Respond(System.Net.HttpStatusCode.OK, """{"message":"ok"}""");
        using var client = Mem0TestClient.Create(handler);

        await client.V1.DeleteMemoryAsync("..a/b?c#d%2E");

        handler.Requests.Single().Uri.AbsolutePath.Should().Be("/v1/memories/..a%2Fb%3Fc%23d%252E/");
    }

    [Fact]
    public void Every_path_placeholder_names_its_parameter()
    {
        foreach (var method in RawApis.SelectMany(api => api.GetMethods()))
        {
            foreach (var parameter in method.GetParameters().Where(IsPath))
            {
                var placeholder = parameter.GetCustomAttribute<AliasAsAttribute>()!.Name;
                UrlValueFormatter.ParameterName(placeholder).Should().Be(parameter.Name, $"{method.Name}'s {{{placeholder}}} is its {parameter.Name}");
                method.GetCustomAttribute<HttpMethodAttribute>()!.Path.Should().Contain("{" + placeholder + "}");
            }
        }
    }

    [Fact]
    public async Task Provider_clients_refuse_dot_ids_with_their_own_parameter_names()
    {
        var handler = new ScriptedHandler();
        using var mem0 = Mem0TestClient.Create(handler);
        using var sync = new MemoryClient(new HttpClient(handler), new MemoryClientOptions { Provider = MemoryProvider.Mem0, ApiKey = "k", BaseAddress = new Uri("https://api.mem0.test/") });

        var calls = new Dictionary<string, (Func<Task> Call, string Parameter)>
        {
            ["DeleteAsync(.)"] = (() => mem0.DeleteAsync("."), "memoryId"),
            ["DeleteAsync(..)"] = (() => mem0.DeleteAsync(".."), "memoryId"),
            ["UpdateAsync(..)"] = (() => mem0.UpdateAsync("..", new Mem0UpdateOptions { Text = "x" }), "memoryId"),
            ["HistoryAsync(.)"] = (() => mem0.HistoryAsync("."), "memoryId"),
            ["GetAsync(..)"] = (() => mem0.GetAsync(".."), "memoryId"),
            ["Entities.DeleteAsync(User, ..)"] = (() => mem0.Entities.DeleteAsync(Mem0EntityType.User, ".."), "name"),
            ["Webhooks.DeleteAsync(..)"] = (() => mem0.Webhooks.DeleteAsync(".."), "webhookId"),
            ["Events.GetAsync(..)"] = (() => mem0.Events.GetAsync(".."), "eventId"),
            ["MemoryClient.Delete(..)"] = (() => Task.Run(() => sync.Delete("..")), "memoryId"),
            ["MemoryClient.Get(.)"] = (() => Task.Run(() => sync.Get(".")), "memoryId"),
        };
        foreach (var (name, (call, parameter)) in calls)
        {
            var error = (await call.Should().ThrowAsync<ArgumentException>(name)).Which;
            error.ParamName.Should().Be(parameter, name);
        }
        handler.Requests.Should().BeEmpty();
    }

    private static bool IsPath(ParameterInfo parameter) =>
        parameter.IsDefined(typeof(AliasAsAttribute)) && !parameter.IsDefined(typeof(QueryAttribute)) && !parameter.IsDefined(typeof(HeaderAttribute));

    private static ApiTransport Transport(ScriptedHandler handler) =>
        ApiTransport.Create(new Mem0ClientOptions { ApiKey = "k", BaseAddress = new Uri("https://api.example.test/base/") }, new HttpClient(handler));

    private static (object Api, MethodInfo Method) Resolve(ApiTransport transport, string route)
    {
        var (apiName, methodName) = (route.Split('.')[0], route.Split('.')[1]);
        object api = apiName switch
        {
            nameof(IMem0V1Api) => transport.Api<IMem0V1Api>(),
            nameof(IMem0V2Api) => transport.Api<IMem0V2Api>(),
            nameof(IMem0V3Api) => transport.Api<IMem0V3Api>(),
            _ => transport.Api<IMemMachineV2Api>(),
        };
        var method = RawApis.Single(t => t.Name == apiName).GetMethods().Single(m => m.Name == methodName);
        return (api, method);
    }

    /// <summary>The bad value for the parameter under test, a good id for any other path parameter, and nothing else.</summary>
    private static object?[] Arguments(MethodInfo method, string parameterName, string bad) => method.GetParameters().Select(p => p switch
    {
        _ when p.Name == parameterName => bad,
        _ when IsPath(p) && p.ParameterType == typeof(string) => "ok",
        _ when p.ParameterType == typeof(long) => 1L,
        _ when p.ParameterType == typeof(CancellationToken) => CancellationToken.None,
        _ when p.HasDefaultValue => p.DefaultValue,
        _ when p.IsDefined(typeof(HeaderAttribute)) => "idempotency-key-1",
        _ => null,
    }).ToArray();

    private static string Escape(string value) => string.Concat(value.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
