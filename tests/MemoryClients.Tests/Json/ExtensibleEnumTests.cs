using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MemoryClients.Mem0.Api;
using MemoryClients.MemMachine.Api;
using MemoryClients.Serialization;

namespace MemoryClients.Tests.Json;

/// <summary>The extensible enums: one converter through the source-generated contexts, equality, conversion and null rules.</summary>
public sealed class ExtensibleEnumTests
{
    [Fact]
    public void A_known_value_reads_as_its_static_property_and_writes_back_unchanged()
    {
        var evt = JsonSerializer.Deserialize("""{"id":"e1","status":"SUCCEEDED"}""", Mem0JsonContext.Default.Mem0Event)!;

        evt.Status.Should().Be(Mem0EventStatus.Succeeded);
        JsonSerializer.Serialize(evt, Mem0JsonContext.Default.Mem0Event).Should().Be("""{"id":"e1","status":"SUCCEEDED"}""");
    }

    [Fact]
    public void An_unknown_value_round_trips_verbatim()
    {
        var evt = JsonSerializer.Deserialize("""{"id":"e1","status":"Archived_Later"}""", Mem0JsonContext.Default.Mem0Event)!;

        evt.Status.Should().NotBeNull();
        evt.Status!.Value.ToString().Should().Be("Archived_Later");
        evt.Status.Should().NotBe(Mem0EventStatus.Succeeded).And.NotBe(Mem0EventStatus.Failed);
        JsonSerializer.Serialize(evt, Mem0JsonContext.Default.Mem0Event).Should().Be("""{"id":"e1","status":"Archived_Later"}""");
    }

    [Fact]
    public void Lists_and_dictionary_values_use_the_same_converter()
    {
        var request = new MemMachineSearchMemoriesRequest { Query = "q", Types = [MemMachineMemoryType.Episodic, "procedural"] };
        JsonSerializer.Serialize(request, MemMachineJsonContext.Default.MemMachineSearchMemoriesRequest)
            .Should().Contain("\"types\":[\"episodic\",\"procedural\"]");

        var config = JsonSerializer.Deserialize("""{"backend":"event","properties_schema":{"tier":"str","rank":"decimal"}}""",
            MemMachineJsonContext.Default.MemMachineProjectConfig)!;
        config.Backend.Should().Be(MemMachineProjectBackend.Event);
        config.PropertiesSchema!["tier"].Should().Be(MemMachinePropertyType.Str);
        config.PropertiesSchema["rank"].ToString().Should().Be("decimal");
        JsonSerializer.Serialize(config, MemMachineJsonContext.Default.MemMachineProjectConfig)
            .Should().Be("""{"backend":"event","properties_schema":{"tier":"str","rank":"decimal"}}""");
    }

    [Fact]
    public void Null_reads_as_null_for_an_optional_property_and_is_not_written()
    {
        JsonSerializer.Deserialize("""{"status":null}""", Mem0JsonContext.Default.Mem0Event)!.Status.Should().BeNull();
        JsonSerializer.Deserialize("""{}""", Mem0JsonContext.Default.Mem0Event)!.Status.Should().BeNull();
        JsonSerializer.Serialize(new Mem0SubmitFeedbackRequest { MemoryId = "m1", Feedback = null }, Mem0JsonContext.Default.Mem0SubmitFeedbackRequest)
            .Should().Be("""{"memory_id":"m1"}""");
    }

    [Fact]
    public void Null_reads_as_default_for_a_required_property_and_default_writes_null()
    {
        var episode = JsonSerializer.Deserialize("""{"uid":"1","producer_role":null}""", MemMachineJsonContext.Default.MemMachineEpisode)!;
        episode.ProducerRole.Should().Be(default(MemMachineMessageRole));
        episode.ProducerRole.ToString().Should().BeEmpty();

        Write(default(Mem0EventStatus)).Should().Be("null");
        Write(Mem0EventStatus.Pending).Should().Be("\"PENDING\"");
    }

    [Theory]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void A_token_that_is_not_a_string_is_refused(string json)
    {
        var read = () => JsonSerializer.Deserialize($$"""{"status":{{json}}}""", Mem0JsonContext.Default.Mem0Event);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void Equality_is_ordinal_on_the_wire_value()
    {
        var pending = new Mem0EventStatus("PENDING");

        (pending == Mem0EventStatus.Pending).Should().BeTrue();
        (pending != Mem0EventStatus.Pending).Should().BeFalse();
        pending.Equals(Mem0EventStatus.Pending).Should().BeTrue();
        pending.Equals((object)Mem0EventStatus.Pending).Should().BeTrue();
        pending.GetHashCode().Should().Be(Mem0EventStatus.Pending.GetHashCode());
        (new Mem0EventStatus("pending") == Mem0EventStatus.Pending).Should().BeFalse();
        (Mem0EventStatus.Running == Mem0EventStatus.Pending).Should().BeFalse();
        pending.Equals((object)"PENDING").Should().BeFalse("a string is not a status");
        (default(Mem0EventStatus) == default(Mem0EventStatus)).Should().BeTrue();
        (default(Mem0EventStatus) == new Mem0EventStatus("")).Should().BeFalse("default has no wire value, the empty string is one");
    }

    [Fact]
    public void A_string_converts_implicitly_and_null_is_refused()
    {
        Mem0EntityType type = "agent";
        MemMachineMemoryType memoryType = "semantic";

        type.Should().Be(Mem0EntityType.Agent);
        memoryType.Should().Be(MemMachineMemoryType.Semantic);
        Mem0Feedback? feedback = "LATER";
        feedback!.Value.ToString().Should().Be("LATER");

        var construct = () => new Mem0ProjectRole(null!);
        var convert = () => { Mem0ProjectRole role = (string)null!; return role; };
        construct.Should().Throw<ArgumentNullException>().WithParameterName("value");
        convert.Should().Throw<ArgumentNullException>().WithParameterName("value");
    }

    [Fact]
    public void Every_extensible_enum_is_a_public_readonly_struct_with_the_shared_converter()
    {
        var types = typeof(Mem0EventStatus).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IWireValue<>)))
            .ToList();

        types.Should().HaveCount(17, "16 wire enums and MemoryRole");
        foreach (var type in types)
        {
            type.IsPublic.Should().BeTrue($"{type.Name} is part of the wire surface");
            type.IsValueType.Should().BeTrue();
            type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute), false).Should().BeTrue($"{type.Name} is a readonly struct");
            type.GetCustomAttribute<JsonConverterAttribute>()!.ConverterType
                .Should().Be(typeof(ExtensibleEnumConverter<>).MakeGenericType(type), $"{type.Name} must round-trip unknown values");
        }
    }

    private static string Write<T>(T value) where T : struct, IWireValue<T>
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            new ExtensibleEnumConverter<T>().Write(writer, value, JsonSerializerOptions.Default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
