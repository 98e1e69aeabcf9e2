using System.Net;
using MemoryClients.Errors;
using MemoryClients.Tests.MemMachine.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.MemMachine;

/// <summary>Every error body MemMachine sends (cloud gateway, FastAPI, Starlette) maps to the same typed exceptions as Mem0, end to end through the client.</summary>
public sealed class MemMachineErrorTests
{
    public static TheoryData<int, string, string, Type, string?, string?> Shapes => new()
    {
        // Cloud gateway: {code, message}.
        { 401, "application/json", """{"code":401,"message":"invalid api key"}""", typeof(MemoryAuthenticationException), "invalid api key", "401" },
        { 403, "application/json", """{"code":403,"message":"project belongs to another organization"}""", typeof(MemoryAuthenticationException), "project belongs to another organization", "403" },
        { 404, "application/json", """{"code":404,"message":"project not found"}""", typeof(MemoryNotFoundException), "project not found", "404" },
        { 429, "application/json", """{"code":429,"message":"retrieval limit reached"}""", typeof(MemoryRateLimitException), "retrieval limit reached", "429" },
        // Self-hosted, RestError without an exception: {detail: "..."}.
        { 404, "application/json", """{"detail":"Project does not exist"}""", typeof(MemoryNotFoundException), "Project does not exist", null },
        { 422, "application/json", """{"detail":"invalid argument: unknown embedder 'bge'"}""", typeof(MemoryValidationException), "invalid argument: unknown embedder 'bge'", null },
        // Self-hosted, RestError with an exception: {detail: RestErrorModel}; the cause is added, the trace never is.
        { 409, "application/json", """{"detail":{"code":409,"message":"Project already exists","exception":"SessionAlreadyExistsError","internal_error":"Session 'universal/support' already exists","trace":""}}""",
            typeof(MemoryValidationException), "Project already exists (Session 'universal/support' already exists)", "409" },
        { 500, "application/json", """{"detail":{"code":500,"message":"Unable to delete project","exception":"RuntimeError","internal_error":"database is locked","trace":"Traceback (most recent call last):\n  File \"router.py\""}}""",
            typeof(MemoryServerException), "Unable to delete project (database is locked)", "500" },
        { 422, "application/json", """{"detail":{"code":422,"message":"Invalid request payload: org_id: Value error, ID can only contain letters","exception":"RequestValidationError","internal_error":"[{'type': 'value_error'}]","trace":""}}""",
            typeof(MemoryValidationException), "Invalid request payload: org_id: Value error, ID can only contain letters", "422" },
        // FastAPI's own validation shape: {detail: [{loc, msg, type}]}.
        { 422, "application/json", """{"detail":[{"loc":["body","messages"],"msg":"List should have at least 1 item after validation, not 0","type":"too_short"}]}""",
            typeof(MemoryValidationException), "body.messages: List should have at least 1 item after validation, not 0", null },
        // Starlette's unhandled error and a gateway's HTML: plain text.
        { 500, "text/plain", "Internal Server Error", typeof(MemoryServerException), "Internal Server Error", null },
        { 502, "text/html", "<html><body>Bad Gateway</body></html>", typeof(MemoryServerException), "<html><body>Bad Gateway</body></html>", null },
        { 413, "application/json", """{"code":413,"message":"payload too large"}""", typeof(MemoryValidationException), "payload too large", "413" },
        { 400, "application/json", """{"code":400,"message":"bad filter"}""", typeof(MemoryValidationException), "bad filter", "400" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Each_error_shape_maps_to_a_typed_exception(int status, string contentType, string body, Type expected, string? serviceMessage, string? serviceCode)
    {
        var handler = new ScriptedHandler().Respond((HttpStatusCode)status, body, contentType);
        using var client = MemMachineTestClient.Cloud(handler);

        var error = (await client.Invoking(c => c.SearchAsync("tea")).Should().ThrowAsync<MemoryApiException>()).Which;

        error.Should().BeOfType(expected);
        error.Provider.Should().Be(MemoryProvider.MemMachine);
        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.ErrorCode.Should().Be($"HTTP_{status}");
        error.ServiceMessage.Should().Be(serviceMessage);
        error.ServiceErrorCode.Should().Be(serviceCode);
        error.ResponseBody.Should().Be(body);
        error.Method.Should().Be("POST");
        error.RequestUri!.AbsolutePath.Should().Be("/v2/memories/search");
        error.Message.Should().StartWith($"MemMachine returned {status}");
        error.Message.Should().NotContain("Traceback");
    }

    [Fact]
    public async Task A_rest_error_without_a_message_falls_back_to_its_cause()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.UnprocessableEntity, """{"detail":{"code":422,"message":"","exception":"ValueError","internal_error":"set_id is unknown","trace":""}}""");
        using var client = MemMachineTestClient.SelfHosted(handler);

        var error = (await client.Invoking(c => c.AddAsync([new() { Content = "hi" }])).Should().ThrowExactlyAsync<MemoryValidationException>()).Which;

        error.ServiceMessage.Should().Be("set_id is unknown");
        error.ServiceErrorCode.Should().Be("422");
    }

    [Fact]
    public async Task Rate_limits_carry_retry_after()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.TooManyRequests, """{"code":429,"message":"slow down"}""", headers: new Dictionary<string, string> { ["Retry-After"] = "7" });
        using var client = MemMachineTestClient.Cloud(handler);

        var error = (await client.Invoking(c => c.ListProjectsAsync()).Should().ThrowExactlyAsync<MemoryRateLimitException>()).Which;

        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task A_404_on_delete_and_a_409_on_create_are_typed_too()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.NotFound, """{"detail":{"code":404,"message":"Project does not exist","exception":"SessionNotFoundError","internal_error":"Session 'universal/gone' does not exist.","trace":""}}""")
            .Respond(HttpStatusCode.Conflict, """{"detail":{"code":409,"message":"Project already exists","exception":"SessionAlreadyExistsError","internal_error":"","trace":""}}""");
        using var client = MemMachineTestClient.SelfHosted(handler);

        (await client.Invoking(c => c.DeleteProjectAsync("gone")).Should().ThrowExactlyAsync<MemoryNotFoundException>())
            .Which.ServiceMessage.Should().Be("Project does not exist (Session 'universal/gone' does not exist.)");
        (await client.Invoking(c => c.CreateProjectAsync("taken")).Should().ThrowExactlyAsync<MemoryValidationException>())
            .Which.ServiceMessage.Should().Be("Project already exists");
    }

    [Fact]
    public async Task A_success_body_that_is_not_the_expected_json_is_an_invalid_response_error()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"status":0,"content":""");
        using var client = MemMachineTestClient.Cloud(handler);

        var error = (await client.Invoking(c => c.SearchAsync("tea")).Should().ThrowExactlyAsync<MemoryApiException>()).Which;

        error.ErrorCode.Should().Be("INVALID_RESPONSE");
        error.Provider.Should().Be(MemoryProvider.MemMachine);
    }

    [Fact]
    public async Task The_api_key_never_appears_in_an_error()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.Unauthorized, """{"code":401,"message":"invalid api key"}""");
        using var client = MemMachineTestClient.Cloud(handler);

        var error = (await client.Invoking(c => c.GetProjectAsync("support")).Should().ThrowExactlyAsync<MemoryAuthenticationException>()).Which;

        handler.Requests.Single().Headers["Authorization"].Should().Be($"Bearer {MemMachineTestClient.ApiKey}", "the key was sent");
        error.ToString().Should().NotContain(MemMachineTestClient.ApiKey);
        error.ResponseHeaders.Values.Should().NotContain(v => v.Contains(MemMachineTestClient.ApiKey, StringComparison.Ordinal));
    }
}
