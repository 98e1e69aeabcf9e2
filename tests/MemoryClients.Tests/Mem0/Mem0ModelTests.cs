using System.Text.Json;
using MemoryClients.Mem0.Api;

namespace MemoryClients.Tests.Mem0;

/// <summary>How the Mem0 models read and write the wire.</summary>
public sealed class Mem0ModelTests
{
    private static Mem0Memory Read(string json) => JsonSerializer.Deserialize(json, Mem0JsonContext.Default.Mem0Memory)!;

    [Fact]
    public void Run_id_comes_from_session_id_when_only_that_is_sent()
    {
        var memory = Read("""{"id": "m", "memory": "x", "session_id": "trip-1"}""");

        memory.RunId.Should().Be("trip-1");
        memory.SessionId.Should().Be("trip-1");
    }

    [Fact]
    public void Run_id_comes_from_run_id_as_search_sends_it()
    {
        var memory = Read("""{"id": "m", "memory": "x", "run_id": "trip-2"}""");

        memory.RunId.Should().Be("trip-2");
        memory.SessionId.Should().BeNull();
    }

    [Fact]
    public void Run_id_is_null_when_neither_is_sent()
    {
        Read("""{"id": "m", "memory": "x"}""").RunId.Should().BeNull();
    }

    [Fact]
    public void History_entries_surface_session_id_as_run_id()
    {
        var entry = JsonSerializer.Deserialize("""[{"id": "h", "memory_id": "m", "session_id": "trip-3", "event": "ADD"}]""", Mem0JsonContext.Default.IReadOnlyListMem0HistoryEntry)!;

        entry.Should().ContainSingle().Which.RunId.Should().Be("trip-3");
    }

    [Theory]
    [InlineData("\"2026-03-01\"")]
    [InlineData("\"2026-03-01T00:00:00Z\"")]
    [InlineData("\"2026-03-01T23:59:59.123456+05:30\"")]
    public void Expiration_dates_are_read_from_a_date_or_a_date_time(string value)
    {
        Read($$"""{"id": "m", "memory": "x", "expiration_date": {{value}}}""").ExpirationDate.Should().Be(new DateOnly(2026, 3, 1));
    }

    [Fact]
    public void A_malformed_expiration_date_fails_the_read()
    {
        var act = () => Read("""{"id": "m", "memory": "x", "expiration_date": "soon"}""");

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Timestamps_with_microseconds_and_offsets_are_read()
    {
        var memory = Read("""{"id": "m", "memory": "x", "created_at": "2024-07-26T00:25:16.566471-07:00", "expiration_date": null}""");

        memory.CreatedAt.Should().Be(new DateTimeOffset(2024, 7, 26, 0, 25, 16, TimeSpan.FromHours(-7)).AddTicks(5664710));
        memory.ExpirationDate.Should().BeNull();
    }

    [Fact]
    public void Expiration_update_is_unchanged_by_default_and_writes_exact_bytes_otherwise()
    {
        default(Mem0ExpirationUpdate).Should().Be(Mem0ExpirationUpdate.Unchanged);
        Mem0ExpirationUpdate.Unchanged.IsSpecified.Should().BeFalse();
        Mem0ExpirationUpdate.Clear.IsSpecified.Should().BeTrue();

        Write(new Mem0UpdateMemoryRequest { Text = "t" }).Should().Be("""{"text":"t"}""");
        Write(new Mem0UpdateMemoryRequest { ExpirationDate = Mem0ExpirationUpdate.Clear }).Should().Be("""{"expiration_date":null}""");
        Write(new Mem0UpdateMemoryRequest { ExpirationDate = Mem0ExpirationUpdate.SetTo(new DateOnly(2027, 2, 3)) }).Should().Be("""{"expiration_date":"2027-02-03"}""");

        static string Write(Mem0UpdateMemoryRequest request) => JsonSerializer.Serialize(request, Mem0JsonContext.Default.Mem0UpdateMemoryRequest);
    }

    [Fact]
    public void Message_helpers_use_the_wire_roles()
    {
        Mem0Message.User("a").Role.ToString().Should().Be("user");
        Mem0Message.Assistant("b").Role.ToString().Should().Be("assistant");
        Mem0Message.System("c").Should().Be(new Mem0Message("system", "c"));
    }
}
