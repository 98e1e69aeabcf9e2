using System.Net;
using System.Text.Json;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Unified;

/// <summary><see cref="MemoryRecord.Raw"/>: the provider's record as JSON, written only when read, without changing equality.</summary>
public sealed class MemoryRecordRawTests
{
    private const string SearchBody = """
        {"results":[{"id":"11111111-1111-1111-1111-111111111111","memory":"Likes pizza","user_id":"alice","score":0.9,
          "categories":["food"],"metadata":{"topic":"food"},"brand_new_field":{"nested":[1,2]}}]}
        """;

    [Fact]
    public async Task Raw_holds_the_provider_record_including_fields_the_sdk_does_not_model()
    {
        using var client = new AsyncMemoryClient(new HttpClient(new ScriptedHandler().Respond(HttpStatusCode.OK, SearchBody)), UnifiedTestOptions.Mem0());

        var hit = (await client.SearchAsync("pizza", MemoryScope.ForUser("alice"))).Single();

        hit.Raw.GetProperty("memory").GetString().Should().Be("Likes pizza");
        hit.Raw.GetProperty("score").GetDouble().Should().Be(0.9);
        hit.Raw.GetProperty("metadata").GetProperty("topic").GetString().Should().Be("food");
        hit.Raw.GetProperty("brand_new_field").GetProperty("nested").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task Reading_raw_gives_the_same_json_every_time_and_never_changes_equality_or_hash_code()
    {
        using var client = new AsyncMemoryClient(new HttpClient(new ScriptedHandler().Respond(HttpStatusCode.OK, SearchBody)), UnifiedTestOptions.Mem0());
        var hit = (await client.SearchAsync("pizza", MemoryScope.ForUser("alice"))).Single();
        var copy = hit with { };
        var hashBefore = hit.GetHashCode();

        var first = hit.Raw.GetRawText();
        var second = copy.Raw.GetRawText();

        second.Should().Be(first);
        copy.Should().Be(hit);
        hit.GetHashCode().Should().Be(hashBefore);
        (hit with { Text = "changed" }).Should().NotBe(hit);
    }

    [Fact]
    public async Task Concurrent_first_reads_agree()
    {
        using var client = new AsyncMemoryClient(new HttpClient(new ScriptedHandler().Respond(HttpStatusCode.OK, SearchBody)), UnifiedTestOptions.Mem0());
        var hit = (await client.SearchAsync("pizza", MemoryScope.ForUser("alice"))).Single();

        var texts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => hit.Raw.GetRawText())));

        texts.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void A_raw_value_given_when_building_a_record_is_kept_as_given()
    {
        using var document = JsonDocument.Parse("""{"id":"x","anything":true}""");

        var record = new MemoryRecord { Id = "x", Raw = document.RootElement.Clone() };

        record.Raw.GetProperty("anything").GetBoolean().Should().BeTrue();
        new MemoryRecord().Raw.ValueKind.Should().Be(JsonValueKind.Undefined);
    }

    [Fact]
    public async Task MemMachine_episodes_keep_their_raw_json()
    {
        using var client = new AsyncMemoryClient(new HttpClient(new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.MemMachineSearchBody)),
            UnifiedTestOptions.MemMachine());

        var hits = await client.SearchAsync("pizza", MemoryScope.ForUser("alice"));

        hits[0].Raw.GetProperty("uid").GetString().Should().Be(hits[0].Id);
        hits[1].Raw.GetProperty("value").GetString().Should().Be(hits[1].Text);
    }
}
