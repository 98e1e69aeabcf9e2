using System.Net;
using MemoryClients.Http;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Http;

public sealed class TransportTests : IDisposable
{
    private readonly ScriptedHandler _handler = new();

    public void Dispose() => _handler.Dispose();

    private static Mem0ClientOptions Options(string baseAddress = "https://api.example.test/") =>
        new() { ApiKey = "m0-key", BaseAddress = new Uri(baseAddress), ApplicationId = "concierge/2.1", Resilience = new() { MaxRetries = 0 } };

    [Fact]
    public async Task Each_request_carries_token_auth_user_agent_and_accept()
    {
        _handler.Respond(HttpStatusCode.OK, """{"status":"ok"}""");
        using var client = new Mem0Client(new HttpClient(_handler), Options());

        await client.PingAsync();

        var request = _handler.Requests.Single();
        request.Headers["Authorization"].Should().Be("Token m0-key");
        request.Headers["User-Agent"].Should().MatchRegex(@"^MemoryClients-dotnet/\d+\.\d+\.\d+ \(\.NET 10\.[^)]*\) concierge/2\.1$");
        request.Headers["Accept"].Should().Be("application/json");
        request.Uri.Should().Be(new Uri("https://api.example.test/v1/ping/"));
    }

    [Fact]
    public async Task Json_bodies_are_utf8_with_a_content_length()
    {
        _handler.Respond(HttpStatusCode.OK);
        using var transport = ApiTransport.Create(Options(), new HttpClient(_handler));

        await transport.Api<IProbeApi>().SearchAsync(new System.Text.Json.Nodes.JsonObject { ["query"] = "café" });

        var request = _handler.Requests.Single();
        request.Body.Should().Be("""{"query":"caf\u00E9"}""", "non-ASCII text is escaped, which every JSON parser reads back");
        request.ContentType.Should().Be("application/json; charset=utf-8");
        request.ContentLength.Should().Be(request.Body!.Length);
    }

    [Fact]
    public async Task The_callers_http_client_is_neither_changed_nor_disposed()
    {
        _handler.Respond(HttpStatusCode.OK).Respond(HttpStatusCode.OK);
        var http = new HttpClient(_handler) { Timeout = TimeSpan.FromSeconds(42) };
        http.DefaultRequestHeaders.Add("X-Mine", "1");

        using (var client = new Mem0Client(http, Options()))
            await client.PingAsync();

        http.BaseAddress.Should().BeNull();
        http.Timeout.Should().Be(TimeSpan.FromSeconds(42));
        http.DefaultRequestHeaders.Should().ContainSingle(h => h.Key == "X-Mine");
        http.DefaultRequestHeaders.Authorization.Should().BeNull();
        var stillUsable = await http.GetAsync(new Uri("https://api.example.test/other"));
        stillUsable.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("https://proxy.example.test/mem0", "https://proxy.example.test/mem0/v1/ping/")]
    [InlineData("https://proxy.example.test/mem0/", "https://proxy.example.test/mem0/v1/ping/")]
    [InlineData("http://127.0.0.1:8700/", "http://127.0.0.1:8700/v1/ping/")]
    [InlineData("http://localhost:8700", "http://localhost:8700/v1/ping/")]
    public async Task A_base_address_path_prefix_survives(string baseAddress, string expected)
    {
        _handler.Respond(HttpStatusCode.OK);
        using var client = new Mem0Client(new HttpClient(_handler), Options(baseAddress));

        await client.PingAsync();

        _handler.Requests.Single().Uri.Should().Be(new Uri(expected));
    }

    [Fact]
    public void Plain_http_to_a_remote_host_is_refused_unless_allowed()
    {
        var options = Options("http://memory.internal.test/");

        var act = () => new Mem0Client(new HttpClient(_handler), options);

        act.Should().Throw<ArgumentException>().WithParameterName("BaseAddress").WithMessage("*AllowInsecureHttp*");
        options.AllowInsecureHttp = true;
        using var client = new Mem0Client(new HttpClient(_handler), options);
    }

    [Fact]
    public void A_missing_key_names_the_setting_and_the_environment_variable()
    {
        var previous = Environment.GetEnvironmentVariable(Mem0ClientOptions.ApiKeyVariable);
        Environment.SetEnvironmentVariable(Mem0ClientOptions.ApiKeyVariable, null);
        try
        {
            var act = () => new Mem0Client(new Mem0ClientOptions());

            act.Should().Throw<InvalidOperationException>().WithMessage("*Mem0ClientOptions.ApiKey*MEM0_API_KEY*");
        }
        finally
        {
            Environment.SetEnvironmentVariable(Mem0ClientOptions.ApiKeyVariable, previous);
        }
    }

    [Fact]
    public async Task Path_values_are_escaped_and_query_values_formatted()
    {
        _handler.Respond(HttpStatusCode.OK, "[]").Respond(HttpStatusCode.OK, """{"message":"ok"}""").Respond(HttpStatusCode.OK, """{"message":"ok"}""");
        using var client = new Mem0Client(new HttpClient(_handler), new Mem0ClientOptions { ApiKey = "k", BaseAddress = new Uri("https://api.example.test/base/") });

        await client.V2.GetEntityAsync("user", "ali/ce ?&#");
        await client.V1.RemoveProjectMemberAsync("org", "proj", "a+b@x.test");
        await client.V1.DeleteMemoryAsync("m1", deleteLinked: true);

        _handler.Requests.Select(r => r.Uri.AbsoluteUri).Should().Equal(
            "https://api.example.test/base/v2/entities/user/ali%2Fce%20%3F%26%23/",
            "https://api.example.test/base/api/v1/orgs/organizations/org/projects/proj/members/?email=a%2Bb%40x.test",
            "https://api.example.test/base/v1/memories/m1/?delete_linked=true");
    }

    [Fact]
    public void The_synchronous_path_sends_real_requests()
    {
        _handler.Respond(HttpStatusCode.OK, """{"status":"ok","org_id":"o"}""");
        using var transport = ApiTransport.Create(Options(), new HttpClient(new SyncOnly(_handler)));

        var result = Completed.Blocking(() => transport.Api<IMem0V1Api>().PingAsync());

        result.OrgId.Should().Be("o");
    }

    /// <summary>Fails any asynchronous send, so a passing test proves the synchronous path was taken all the way down.</summary>
    private sealed class SyncOnly(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("async path used");

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
            base.SendAsync(request, cancellationToken).GetAwaiter().GetResult();
    }
}
