using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MemoryClients.ContractTests.Support;
using Xunit.Sdk;

namespace MemoryClients.ContractTests.Harness;

/// <summary>
/// Proves the contract harness catches a wrong request: each test sends the case's request through a raw
/// <see cref="HttpClient"/> with one part changed, and asserts the failure the case's test would report.
/// </summary>
public sealed class MismatchTests
{
    private const string Case = "mem0/list/filters-and-options";

    [Fact]
    public async Task The_request_the_mapping_describes_passes()
    {
        await using var contract = await ContractCase.StartAsync(Case);

        var response = await SendAsync(contract, new WireRequest(contract.Mapping));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        contract.AssertRequest().Path.Should().Be("/v3/memories/");
    }

    [Fact]
    public async Task A_wrong_body_fails_with_the_body_matcher_and_both_bodies()
    {
        await using var contract = await ContractCase.StartAsync(Case);
        var request = new WireRequest(contract.Mapping);
        request.Body!["keywords"] = "Kyoto";

        var response = await SendAsync(contract, request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound, "WireMock answers a request no mapping matches with 404");
        contract.Invoking(c => c.AssertRequest()).Should().Throw<ContractMismatchException>()
            .WithMessage("WireMock matched no mapping of mem0/list/filters-and-options for POST /v3/memories/?page=3&page_size=2.*")
            .WithMessage("*Closest mapping: \"mem0/list/filters-and-options\"*")
            .WithMessage("*BodyMatcher: 0   <-- mismatch*")
            .WithMessage("*! body: expected {*\"keywords\":\"Tokyo\"*}, actual {*\"keywords\":\"Kyoto\"*}*");
    }

    [Fact]
    public async Task A_wrong_path_fails_with_both_paths()
    {
        await using var contract = await ContractCase.StartAsync(Case);
        var request = new WireRequest(contract.Mapping) { Path = "/v3/memories" };

        await SendAsync(contract, request);

        contract.Invoking(c => c.AssertRequest()).Should().Throw<ContractMismatchException>()
            .WithMessage("*for POST /v3/memories?page=3&page_size=2.*")
            .WithMessage("*ExactMatcher: 0   <-- mismatch*")
            .WithMessage("*! path: expected /v3/memories/, actual /v3/memories*");
    }

    [Fact]
    public async Task A_wrong_query_value_fails_with_the_parameter_matcher_and_both_queries()
    {
        await using var contract = await ContractCase.StartAsync(Case);
        var request = new WireRequest(contract.Mapping) { Query = "page=4&page_size=2" };

        await SendAsync(contract, request);

        contract.Invoking(c => c.AssertRequest()).Should().Throw<ContractMismatchException>()
            .WithMessage("*ParamMatcher: 0   <-- mismatch*")
            .WithMessage("*! query: expected page=3&page_size=2, actual page=4&page_size=2*");
    }

    [Fact]
    public async Task An_extra_query_parameter_passes_wiremock_but_fails_the_exact_query_check()
    {
        await using var contract = await ContractCase.StartAsync(Case);
        var request = new WireRequest(contract.Mapping) { Query = "page=3&page_size=2&page_size_hint=9" };

        var response = await SendAsync(contract, request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "WireMock's parameter matchers ignore parameters they do not name");
        contract.Invoking(c => c.AssertRequest()).Should().Throw<XunitException>()
            .WithMessage("*exact query of mem0/list/filters-and-options*differ*");
    }

    [Fact]
    public async Task A_wrong_auth_scheme_fails_with_the_header_matcher_and_never_shows_the_key()
    {
        await using var contract = await ContractCase.StartAsync(Case);
        var request = new WireRequest(contract.Mapping);
        request.Headers["Authorization"] = "Bearer test-key";

        await SendAsync(contract, request);

        var report = contract.Invoking(c => c.AssertRequest()).Should().Throw<ContractMismatchException>()
            .WithMessage("*HeaderMatcher: 0   <-- mismatch*")
            .WithMessage("*! header Authorization: expected Token ***, actual Bearer ****")
            .Which.Message;
        report.Should().NotContain("test-key");
    }

    [Fact]
    public async Task Reordered_body_members_pass_wiremock_but_fail_the_exact_body_check()
    {
        await using var contract = await ContractCase.StartAsync(Case);
        var request = new WireRequest(contract.Mapping);
        // Move "keywords" to the front: same members and values, another order (JsonObject.Insert is .NET 9+).
        var keywords = request.Body!["keywords"]!.GetValue<string>();
        var rest = request.Body.Where(p => p.Key != "keywords").Select(p => (p.Key, Value: p.Value?.DeepClone())).ToList();
        request.Body.Clear();
        request.Body["keywords"] = keywords;
        foreach (var (key, value) in rest)
            request.Body[key] = value;

        var response = await SendAsync(contract, request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "WireMock's JSON matcher ignores member order");
        contract.Invoking(c => c.AssertRequest()).Should().Throw<XunitException>()
            .WithMessage("*exact wire body of mem0/list/filters-and-options*");
    }

    [Fact]
    public async Task A_mismatch_the_test_never_asserted_fails_it_when_the_case_is_disposed()
    {
        var contract = await ContractCase.StartAsync(Case);
        var request = new WireRequest(contract.Mapping) { Method = "PUT" };

        await SendAsync(contract, request);

        await contract.Invoking(c => c.DisposeAsync().AsTask()).Should().ThrowAsync<ContractMismatchException>()
            .WithMessage("*MethodMatcher: 0   <-- mismatch*! method: expected POST, actual PUT*");
    }

    private static async Task<HttpResponseMessage> SendAsync(ContractCase contract, WireRequest request)
    {
        using var http = new HttpClient { BaseAddress = contract.BaseAddress };
        using var message = new HttpRequestMessage(new HttpMethod(request.Method),
            request.Path.TrimStart('/') + (request.Query.Length > 0 ? "?" + request.Query : ""));
        foreach (var (name, value) in request.Headers)
        {
            if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                message.Headers.TryAddWithoutValidation(name, value);
        }
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body.ToJsonString()));
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.Headers["Content-Type"]);
        }
        return await http.SendAsync(message);
    }

    /// <summary>The request a mapping describes, as plain values a test can change one at a time.</summary>
    private sealed class WireRequest
    {
        public WireRequest(JsonObject mapping)
        {
            Method = MappingFile.ExpectedMethod(mapping);
            Path = MappingFile.ExpectedPath(mapping);
            Query = MappingFile.ExpectedQuery(mapping);
            Headers = MappingFile.ExpectedHeaders(mapping).ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);
            Body = MappingFile.ExpectedBody(mapping)?.DeepClone().AsObject();
        }

        public string Method { get; set; }

        public string Path { get; set; }

        public string Query { get; set; }

        public Dictionary<string, string> Headers { get; }

        public JsonObject? Body { get; }
    }
}
