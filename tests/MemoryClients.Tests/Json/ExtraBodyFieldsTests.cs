using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Mem0.Api;
using MemoryClients.Serialization;
using MemoryClients.Tests.Mem0;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Json;

/// <summary>Extra body fields are written after the modelled ones, exactly as System.Text.Json writes members, and never twice.</summary>
public sealed class ExtraBodyFieldsTests
{
    [Fact]
    public async Task A_raw_search_writes_its_extra_fields_after_the_modelled_ones_escaped_like_any_member()
    {
        using var handler = new ScriptedHandler();
        handler.Respond(System.Net.HttpStatusCode.OK, """{"results": []}""");
        using var client = Mem0TestClient.Create(handler);
        var request = new Mem0SearchMemoriesRequest(new() { TopK = 2 }, "tea", new JsonObject { ["user_id"] = "alice" })
        {
            AdditionalProperties = new Dictionary<string, JsonElement>
            {
                ["naïve \"flag\""] = JsonElements.Of(true),
                ["limit"] = JsonElements.Of(3),
            },
        };

        await client.V3.SearchMemoriesAsync(request);

        var expected = new JsonObject
        {
            ["query"] = "tea",
            ["filters"] = new JsonObject { ["user_id"] = "alice" },
            ["top_k"] = 2,
            ["naïve \"flag\""] = true,
            ["limit"] = 3,
        };
        handler.Requests.Should().ContainSingle().Which.Body.Should().Be(expected.ToJsonString());
    }

    [Fact]
    public async Task A_raw_search_whose_extra_field_repeats_a_modelled_one_is_refused_before_any_request()
    {
        using var handler = new ScriptedHandler();
        using var client = Mem0TestClient.Create(handler);
        var request = new Mem0SearchMemoriesRequest(new(), "tea", new JsonObject { ["user_id"] = "alice" })
        {
            AdditionalProperties = new Dictionary<string, JsonElement> { ["query"] = JsonElements.Of("coffee") },
        };

        var error = await client.Invoking(c => c.V3.SearchMemoriesAsync(request)).Should().ThrowAsync<ArgumentException>();

        error.Which.ParamName.Should().Be("options.AdditionalProperties");
        error.Which.Message.Should().Contain("'query'");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void An_unset_field_of_the_same_name_is_not_written_so_the_extra_one_is()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"tea"}""");

        var joined = ExtraBodyFields.Append(body, new Dictionary<string, JsonElement> { ["top_k"] = JsonElements.Of(4) }, "p");

        Encoding.UTF8.GetString(joined).Should().Be("""{"query":"tea","top_k":4}""");
    }

    [Fact]
    public void An_empty_body_gets_the_extra_fields_without_a_leading_comma()
    {
        var joined = ExtraBodyFields.Append("{}"u8.ToArray(), new Dictionary<string, JsonElement> { ["a"] = JsonElements.Of(1) }, "p");

        Encoding.UTF8.GetString(joined).Should().Be("""{"a":1}""");
    }

    [Fact]
    public void No_extra_fields_leave_the_body_as_it_is()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"tea"}""");

        ExtraBodyFields.Append(body, null, "p").Should().BeSameAs(body);
        ExtraBodyFields.Append(body, new Dictionary<string, JsonElement>(), "p").Should().BeSameAs(body);
    }
}
