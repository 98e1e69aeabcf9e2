using System.Net;
using System.Text.Json.Nodes;
using MemoryClients.Errors;
using MemoryClients.Tests.Mem0.Platform.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0.Platform;

/// <summary>Profile jobs carry an Idempotency-Key, so they are retried; other platform POSTs that create things are not.</summary>
public sealed class ProfilesAndRetryTests
{
    private const string JobAccepted = """{"job_id":"job_7Yq2","status":"queued","status_url":"/v2/profiles/jobs/job_7Yq2/","operation":"trigger","entity_type":"user","entity_count_reserved":1,"replayed":false}""";
    private static readonly MemoryResilienceOptions OneInstantRetry = new() { MaxRetries = 1, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };

    [Fact]
    public async Task Generate_sends_a_fresh_uuid_v7_key_when_none_is_given()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, JobAccepted).Respond(HttpStatusCode.OK, JobAccepted);
        using var client = PlatformClient.Create(handler);

        await client.Profiles.GenerateAsync("alice");
        await client.Profiles.GenerateAsync("alice");

        var keys = handler.Requests.Select(r => r.Headers["Idempotency-Key"]).ToArray();
        keys.Select(k => Guid.Parse(k).Version).Should().OnlyContain(version => version == 7);
        keys[0].Should().NotBe(keys[1]);
        handler.Requests[0].Body.Should().Be("""{"operation":"trigger","entity_type":"user","entity_id":"alice"}""");
    }

    [Fact]
    public async Task A_profile_job_post_is_retried_with_the_same_key()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.InternalServerError, """{"detail":"try again"}""")
            .Respond(HttpStatusCode.OK, JobAccepted);
        using var client = PlatformClient.Create(handler, resilience: OneInstantRetry);

        var job = await client.Profiles.GenerateAsync("alice", "retry-key-0001");

        job.JobId.Should().Be("job_7Yq2");
        handler.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Headers["Idempotency-Key"] == "retry-key-0001");
        handler.Requests[1].Body.Should().Be(handler.Requests[0].Body);
    }

    [Fact]
    public async Task Creating_an_export_is_not_retried_after_a_500()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.InternalServerError, """{"detail":"boom"}""")
            .Respond(HttpStatusCode.Created, """{"message":"ok","id":"x"}""");
        using var client = PlatformClient.Create(handler, resilience: OneInstantRetry);

        await client.Invoking(c => c.Exports.CreateAsync(new() { ["type"] = "object" }, new JsonObject { ["user_id"] = "alice" }))
            .Should().ThrowAsync<MemoryServerException>();
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Get_job_accepts_the_status_url_but_calls_our_base_address()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, """{"job":{"id":"job_7Yq2","operation":"sample","entity_type":"user","status":"running","total":3,"enumeration_complete":true,"completed":1,"succeeded":1,"failed":0,"skipped":0}}""");
        using var client = PlatformClient.Create(handler);

        var job = await client.Profiles.GetJobAsync("https://api.mem0.ai/v2/profiles/jobs/job_7Yq2/?verbose=1");

        job.Completed.Should().Be(1);
        handler.Requests.Should().ContainSingle().Which.Uri.Should().Be(new Uri(PlatformClient.BaseAddress, "v2/profiles/jobs/job_7Yq2/"));
    }

    [Fact]
    public async Task Settings_update_nests_schema_and_instructions_under_entities_user()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"enabled":true,"entities":{"user":{"schema":{"type":"object"},"custom_instructions":"Be brief."}}}""");
        using var client = PlatformClient.Create(handler);

        var settings = await client.Profiles.UpdateSettingsAsync(schema: new() { ["type"] = "object" }, customInstructions: "Be brief.");

        settings.Entities!.User!.CustomInstructions.Should().Be("Be brief.");
        handler.Requests.Should().ContainSingle().Which.Body.Should().Be(
            """{"entities":{"user":{"schema":{"type":"object"},"custom_instructions":"Be brief."}}}""");
    }
}
