using System.Text.Json.Nodes;
using MemoryClients.ContractTests.Support;
using MemoryClients.Mem0.Api;

namespace MemoryClients.ContractTests.Mem0;

public sealed class ProfilesContractTests
{
    [Fact]
    public async Task Get_profile_keeps_schema_keys_verbatim()
    {
        await using var contract = await ContractCase.StartAsync("mem0/profile_get/succeeded");
        using var client = Mem0Contract.Client(contract);

        var profile = await client.Profiles.GetAsync("alice");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0Profile>(Mem0JsonContext.Default);
        profile.Status.Should().Be(Mem0ProfileStatus.Succeeded);
        profile.Profile!["dietaryNeeds"]!.AsArray().Should().ContainSingle();
        profile.GenerationCount.Should().Be(4);
    }

    [Fact]
    public async Task Generate_sends_the_callers_idempotency_key()
    {
        await using var contract = await ContractCase.StartAsync("mem0/profile_jobs_create/trigger");
        using var client = Mem0Contract.Client(contract);

        var job = await client.Profiles.GenerateAsync("alice", "profile-alice-2026-03-02");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ProfileJobAccepted>(Mem0JsonContext.Default);
        job.JobId.Should().Be("pj_5d1c0a");
        job.StatusUrl.Should().Be("/v2/profiles/jobs/pj_5d1c0a/");
        job.Replayed.Should().BeFalse();
    }

    [Fact]
    public async Task Sample_reads_the_sampled_entities()
    {
        await using var contract = await ContractCase.StartAsync("mem0/profile_jobs_create/sample");
        using var client = Mem0Contract.Client(contract);

        var job = await client.Profiles.SampleAsync(3, "sample-run-0001");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ProfileJobAccepted>(Mem0JsonContext.Default);
        job.Sampled.Should().Be(3);
        job.EntityIds.Should().Equal("alice", "bob", "carol");
        job.Replayed.Should().BeTrue();
    }

    [Fact]
    public async Task Get_job_by_status_url()
    {
        await using var contract = await ContractCase.StartAsync("mem0/profile_jobs_get/running");
        using var client = Mem0Contract.Client(contract);

        var job = await client.Profiles.GetJobAsync("/v2/profiles/jobs/pj_77ab21/");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0GetProfileJobResponse>(Mem0JsonContext.Default);
        job.Total.Should().Be(3);
        job.EnumerationComplete.Should().BeTrue();
        job.Succeeded.Should().Be(2);
    }

    [Fact]
    public async Task Get_settings()
    {
        await using var contract = await ContractCase.StartAsync("mem0/profile_settings_get/ok");
        using var client = Mem0Contract.Client(contract);

        var settings = await client.Profiles.GetSettingsAsync();

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ProfileSettings>(Mem0JsonContext.Default);
        settings.Enabled.Should().BeTrue();
        settings.Entities!.User!.Schema!["properties"]!["dietaryNeeds"].Should().NotBeNull();
    }

    [Fact]
    public async Task Update_settings_nests_under_entities_user()
    {
        await using var contract = await ContractCase.StartAsync("mem0/profile_settings_update/schema");
        using var client = Mem0Contract.Client(contract);
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["home_city"] = new JsonObject { ["type"] = "string", ["description"] = "City the user lives in" },
                ["dietaryNeeds"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject { ["type"] = "string" },
                    ["description"] = "Foods the user avoids or prefers",
                },
            },
        };

        var settings = await client.Profiles.UpdateSettingsAsync(true, schema, "Prefer facts stated by the user.");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ProfileSettings>(Mem0JsonContext.Default);
        settings.Entities!.User!.CustomInstructions.Should().Be("Prefer facts stated by the user.");
    }
}
