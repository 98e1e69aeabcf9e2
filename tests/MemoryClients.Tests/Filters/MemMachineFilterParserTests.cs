using MemoryClients.Filters;

namespace MemoryClients.Tests.Filters;

/// <summary>The test-side parser must read strings exactly as the server does, or the round-trip test proves nothing.</summary>
public class MemMachineFilterParserTests
{
    private static MemoryFilter M(string key, string value) => MemoryFilter.Metadata(key).Is(value);

    [Fact]
    public void And_binds_tighter_than_or()
    {
        MemMachineFilterParser.Parse("m.a='1' OR m.b='2' AND m.c='3'")
            .Should().Be(M("a", "1") | (M("b", "2") & M("c", "3")));
        MemMachineFilterParser.Parse("(m.a='1' OR m.b='2') AND m.c='3'")
            .Should().Be((M("a", "1") | M("b", "2")) & M("c", "3"));
    }

    [Fact]
    public void Not_applies_to_one_primary()
    {
        MemMachineFilterParser.Parse("NOT m.a='1' AND m.b='2'").Should().Be(!M("a", "1") & M("b", "2"));
        MemMachineFilterParser.Parse("not (m.a='1' and m.b='2')").Should().Be(!(M("a", "1") & M("b", "2")));
    }

    [Fact]
    public void Not_in_and_is_not_null_are_negations_as_on_the_server()
    {
        var @in = MemoryFilter.Metadata("t").In("a", "b");

        MemMachineFilterParser.Parse("m.t NOT IN ('a','b')").Should().Be(!@in);
        MemMachineFilterParser.Parse("NOT m.t IN ('a', 'b')").Should().Be(!@in);
        MemMachineFilterParser.Parse("m.t is not null").Should().Be(!MemoryFilter.Metadata("t").IsNull());
    }

    [Fact]
    public void Values_are_typed_like_the_server()
    {
        MemMachineFilterParser.Parse("m.a=123").Should().Be(MemoryFilter.Metadata("a").Is(123));
        MemMachineFilterParser.Parse("m.a='123'").Should().Be(M("a", "123"));
        MemMachineFilterParser.Parse("m.a=1.5").Should().Be(MemoryFilter.Metadata("a").Is(1.5));
        MemMachineFilterParser.Parse("m.a=TRUE").Should().Be(MemoryFilter.Metadata("a").Is(true));
        MemMachineFilterParser.Parse("m.a=1.2.3").Should().Be(M("a", "1.2.3"));
        MemMachineFilterParser.Parse("created_at>=date('2025-01-01T00:00:00+00:00')")
            .Should().Be(MemoryFilter.CreatedAt.GreaterThanOrEqual(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Unknown_characters_are_skipped_silently_like_the_server_lexer()
    {
        MemMachineFilterParser.Parse("metadata.x=\"hello\"").Should().Be(M("x", "hello"));
        MemMachineFilterParser.Parse("metadata.x=-5").Should().Be(MemoryFilter.Metadata("x").Is(5));
    }

    [Theory]
    [InlineData("m.a='O''Brien'")]
    [InlineData("m.a IN ()")]
    [InlineData("m.a IN (1,'x')")]
    [InlineData("m.a IN (1.5)")]
    [InlineData("m.key-with-dash=1")]
    [InlineData("m.a IS 5")]
    [InlineData("m.a")]
    [InlineData("(m.a='1'")]
    public void Rejects_what_the_server_rejects(string filter)
    {
        var act = () => MemMachineFilterParser.Parse(filter);

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void Blank_is_no_filter()
    {
        MemMachineFilterParser.Parse("   ").Should().BeNull();
    }
}
