using MemoryClients.Emulator.MemMachine.Filters;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>The lexer and grammar of memmachine-api.md section 5, including the quirks.</summary>
public sealed class MemMachineFilterParserTests
{
    [Fact]
    public void And_binds_tighter_than_or_and_both_associate_left()
    {
        FilterParser.Parse("a=1 OR b=2 AND c=3").Should().BeOfType<OrExpr>()
            .Which.Right.Should().BeOfType<AndExpr>();
        var chain = FilterParser.Parse("a=1 AND b=2 AND c=3").Should().BeOfType<AndExpr>().Subject;
        chain.Left.Should().BeOfType<AndExpr>();
        chain.Right.Should().BeOfType<ComparisonExpr>().Which.Field.Should().Be("c");
    }

    [Fact]
    public void Not_applies_to_a_single_primary()
    {
        var expr = FilterParser.Parse("NOT a=1 AND b=2").Should().BeOfType<AndExpr>().Subject;

        expr.Left.Should().BeOfType<NotExpr>();
        expr.Right.Should().BeOfType<ComparisonExpr>();
    }

    [Fact]
    public void Not_in_and_is_not_null_become_negations()
    {
        FilterParser.Parse("a NOT IN (1, 2)").Should().BeEquivalentTo(FilterParser.Parse("NOT a IN (1, 2)"), o => o.RespectingRuntimeTypes());
        FilterParser.Parse("a NOT IN (1, 2)").Should().BeOfType<NotExpr>().Which.Expr.Should().BeOfType<InExpr>();
        FilterParser.Parse("m.a IS NOT NULL").Should().BeOfType<NotExpr>().Which.Expr.Should().BeOfType<IsNullExpr>();
        FilterParser.Parse("m.a is null").Should().BeOfType<IsNullExpr>();
    }

    [Theory]
    [InlineData("x=TRUE", "Bool", "True")]
    [InlineData("x=false", "Bool", "False")]
    [InlineData("x=12", "Int", "12")]
    [InlineData("x=1.5", "Float", "1.5")]
    [InlineData("x=1.2.3", "String", "1.2.3")]
    [InlineData("x=.5", "String", ".5")]
    [InlineData("x='123'", "String", "123")]
    [InlineData("x=abc", "String", "abc")]
    [InlineData("x=null", "String", "null")]
    [InlineData("x=-5", "Int", "5")]
    [InlineData("x=\"hello\"", "String", "hello")]
    [InlineData("x = 'it''", "String", "it")]
    public void Values_get_the_parsers_types_and_unknown_characters_vanish(string filter, string kind, string text)
    {
        var comparison = FilterParser.Parse(filter).Should().BeOfType<ComparisonExpr>().Subject;

        comparison.Value.Kind.ToString().Should().Be(kind);
        comparison.Value.Text.Should().Be(text);
    }

    [Fact]
    public void Date_calls_parse_iso_8601_and_operators_normalise()
    {
        var comparison = FilterParser.Parse("created_at >= DATE('2025-01-01T00:00:00+02:00')").Should().BeOfType<ComparisonExpr>().Subject;

        comparison.Op.Should().Be(">=");
        comparison.Value.Kind.Should().Be(FilterValueKind.DateTime);
        comparison.Value.Date.Should().Be(new DateTimeOffset(2024, 12, 31, 22, 0, 0, TimeSpan.Zero));
        FilterParser.Parse("a <> 'x'").Should().BeOfType<ComparisonExpr>().Which.Op.Should().Be("!=");
    }

    [Fact]
    public void Non_ascii_field_characters_are_dropped_by_the_lexer()
    {
        FilterParser.Parse("m.ä=1").Should().BeOfType<ComparisonExpr>().Which.Field.Should().Be("m.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("@@ ##")]
    public void Blank_or_fully_skipped_filters_mean_no_filter(string filter)
    {
        FilterParser.Parse(filter).Should().BeNull();
    }

    [Theory]
    [InlineData("a = ", "Expected IDENT or STRING, got EOF")]
    [InlineData("(a = 1", "Expected RPAREN, got EOF")]
    [InlineData("a = 1 b", "Unexpected token: Token(type='IDENT', value='b')")]
    [InlineData("a = 1)", "Unexpected token: Token(type='RPAREN', value=')')")]
    [InlineData("a", "Expected operator after field a: comparison (=, !=, <>, >, <, >=, <=), membership (IN, NOT IN), or nullity (IS NULL, IS NOT NULL)")]
    [InlineData("a NOT = 1", "Expected IN after NOT for field a")]
    [InlineData("a IS 1", "Expected NULL after IS/IS NOT")]
    [InlineData("a IN (1, 'two')", "Mixed types in IN list: all values must be int or all str")]
    [InlineData("a IN (1.5)", "IN lists only support int and str values, got float")]
    [InlineData("a IN (true)", "IN lists only support int and str values, got bool")]
    [InlineData("a IN ()", "Expected IDENT or STRING, got RPAREN")]
    [InlineData("m.key-with-dash=1", "Expected operator after field m.key: comparison (=, !=, <>, >, <, >=, <=), membership (IN, NOT IN), or nullity (IS NULL, IS NOT NULL)")]
    [InlineData("m.x = 'O''Brien'", "Unexpected token: Token(type='STRING', value='Brien')")]
    [InlineData("m.x = \"hello world\"", "Unexpected token: Token(type='IDENT', value='world')")]
    [InlineData("m.a=日本", "Expected IDENT or STRING, got EOF")]
    [InlineData("a = date('nope')", "Invalid ISO format date string: Invalid isoformat string: 'nope'")]
    [InlineData("a = date", "Expected LPAREN, got EOF")]
    [InlineData("AND", "Expected IDENT, got AND")]
    public void Grammar_errors_carry_the_servers_messages(string filter, string message)
    {
        var act = () => FilterParser.Parse(filter);

        act.Should().Throw<FilterParseException>().WithMessage(message);
    }
}
