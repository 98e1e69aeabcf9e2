using System.Net;
using MemoryClients.Errors;
using MemoryClients.Http;
using MemoryClients.Mem0;
using MemoryClients.MemMachine;
using MemoryClients.Tests.Http;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Errors;

public sealed class ErrorMappingTests : IDisposable
{
    private readonly ScriptedHandler _handler = new();

    public void Dispose() => _handler.Dispose();

    private async Task<MemoryApiException> FailWith(HttpStatusCode status, string body, IReadOnlyDictionary<string, string>? headers = null, MemoryProvider provider = MemoryProvider.Mem0)
    {
        _handler.Respond(status, body, headers: headers);
        using var transport = ApiTransport.Create(
            provider == MemoryProvider.Mem0
                ? new Mem0ClientOptions { ApiKey = "secret-key-123", BaseAddress = new Uri("https://api.example.test/"), Resilience = new() { MaxRetries = 0 } }
                : new MemMachineClientOptions { ApiKey = "secret-key-123", BaseAddress = new Uri("https://api.example.test/"), Resilience = new() { MaxRetries = 0 } },
            new HttpClient(_handler));
        var act = () => transport.Api<IProbeApi>().ReadAsync();
        return (await act.Should().ThrowAsync<MemoryApiException>()).Which;
    }

    public static TheoryData<int, Type, string> StatusTable => new()
    {
        { 400, typeof(MemoryValidationException), "Please check your request parameters and try again" },
        { 401, typeof(MemoryAuthenticationException), "Please check your API key and authentication credentials" },
        { 403, typeof(MemoryAuthenticationException), "You don't have permission to perform this operation" },
        { 404, typeof(MemoryNotFoundException), "The requested resource was not found" },
        { 408, typeof(MemoryNetworkException), "Request timed out. Please try again" },
        { 409, typeof(MemoryValidationException), "Resource conflict. Please check your request" },
        { 413, typeof(MemoryQuotaExceededException), "Request too large. Please reduce the size of your request" },
        { 422, typeof(MemoryValidationException), "Invalid request data. Please check your input" },
        { 429, typeof(MemoryRateLimitException), "Rate limit exceeded. Please wait before making more requests" },
        { 500, typeof(MemoryServerException), "Internal server error. Please try again later" },
        { 502, typeof(MemoryServerException), "Service temporarily unavailable. Please try again later" },
        { 503, typeof(MemoryServerException), "Service unavailable. Please try again later" },
        { 504, typeof(MemoryServerException), "Gateway timeout. Please try again later" },
        { 418, typeof(MemoryApiException), "Please try again later" },
    };

    [Theory]
    [MemberData(nameof(StatusTable))]
    public async Task Every_status_maps_to_its_exception_code_and_suggestion(int status, Type type, string suggestion)
    {
        var error = await FailWith((HttpStatusCode)status, """{"detail":"nope"}""");

        error.Should().BeOfType(type);
        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.ErrorCode.Should().Be($"HTTP_{status}");
        error.Suggestion.Should().Be(suggestion);
        error.Provider.Should().Be(MemoryProvider.Mem0);
        error.ServiceMessage.Should().Be("nope");
        error.Method.Should().Be("GET");
        error.RequestUri!.AbsolutePath.Should().Be("/v1/memories/x/");
    }

    [Theory]
    [InlineData("""{"detail":"Invalid API key."}""", "Invalid API key.", null)]
    [InlineData("""{"error":"Invalid memory ID"}""", "Invalid memory ID", null)]
    [InlineData("""{"message":"Project not found"}""", "Project not found", null)]
    [InlineData("""{"error":"400 Bad Request","details":{"message":"Invalid input data."}}""", "Invalid input data.", null)]
    [InlineData("""{"error":"Filters are required","details":{"message":"see docs"}}""", "Filters are required", null)]
    [InlineData("""{"details":{"message":"Invalid input data."}}""", "Invalid input data.", null)]
    [InlineData("""{"errors":{"name":["This field is required."]}}""", """{"name":["This field is required."]}""", null)]
    [InlineData("""{"code":"project_not_found","message":"no such project"}""", "no such project", "project_not_found")]
    [InlineData("""{"detail":{"code":"invalid_filter","message":"bad filter","exception":"ValueError","internal_error":"x","trace":"..."}}""", "bad filter (x)", "invalid_filter")]
    [InlineData("""{"detail":[{"loc":["body","query"],"msg":"field required","type":"value_error.missing"},{"loc":["body","top_k"],"msg":"must be positive"}]}""", "body.query: field required; body.top_k: must be positive", null)]
    [InlineData("<html><body><h1>502 Bad Gateway</h1></body></html>", "<html><body><h1>502 Bad Gateway</h1></body></html>", null)]
    [InlineData("upstream connect error", "upstream connect error", null)]
    public async Task Every_error_body_shape_yields_the_service_message(string body, string message, string? code)
    {
        var error = await FailWith(HttpStatusCode.BadRequest, body);

        error.ServiceMessage.Should().Be(message);
        error.ServiceErrorCode.Should().Be(code);
        error.ResponseBody.Should().Be(body);
        error.Message.Should().Contain(message).And.Contain("400").And.Contain("/v1/memories/x/");
    }

    [Fact]
    public async Task An_empty_body_leaves_the_message_to_the_status()
    {
        var error = await FailWith(HttpStatusCode.NotFound, "");

        error.ServiceMessage.Should().BeNull();
        error.Message.Should().Be("Mem0 returned 404 Not Found for GET /v1/memories/x/.");
    }

    [Fact]
    public async Task Long_bodies_are_capped_and_long_messages_cut()
    {
        var huge = new string('x', 100_000);

        var error = await FailWith(HttpStatusCode.InternalServerError, huge);

        error.ResponseBody!.Length.Should().Be(64 * 1024);
        error.ServiceMessage!.Length.Should().Be(1001, "1000 characters and an ellipsis");
    }

    [Fact]
    public async Task The_request_id_and_headers_are_kept()
    {
        var error = await FailWith(HttpStatusCode.BadGateway, "{}", new Dictionary<string, string> { ["X-Request-Id"] = "req-42" });

        error.RequestId.Should().Be("req-42");
        error.ResponseHeaders.Should().ContainKey("x-request-id");
    }

    [Fact]
    public async Task The_provider_is_named()
    {
        var error = await FailWith(HttpStatusCode.NotFound, """{"detail":"Project not found"}""", provider: MemoryProvider.MemMachine);

        error.Provider.Should().Be(MemoryProvider.MemMachine);
        error.Message.Should().StartWith("MemMachine returned 404");
    }

    [Fact]
    public async Task The_api_key_never_appears_in_an_error()
    {
        var error = await FailWith(HttpStatusCode.Unauthorized, """{"detail":"Invalid API key."}""");

        error.ToString().Should().NotContain("secret-key-123");
        string.Join(",", error.ResponseHeaders.Values).Should().NotContain("secret-key-123");
    }

    [Fact]
    public async Task A_success_with_a_body_that_is_not_json_is_an_invalid_response()
    {
        _handler.Respond(HttpStatusCode.OK, """{"results": [{"id": "abc", "mem""");
        using var transport = ApiTransport.Create(
            new Mem0ClientOptions { ApiKey = "k", BaseAddress = new Uri("https://api.example.test/") }, new HttpClient(_handler));

        var act = () => transport.Api<IProbeApi>().ReadAsync();

        var error = (await act.Should().ThrowAsync<MemoryApiException>()).Which;
        error.ErrorCode.Should().Be("INVALID_RESPONSE");
        error.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
        error.ResponseBody.Should().StartWith("""{"results""");
    }
}
