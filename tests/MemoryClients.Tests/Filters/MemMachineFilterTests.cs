using MemoryClients.Filters;

namespace MemoryClients.Tests.Filters;

public class MemMachineFilterTests
{
    private static readonly DateTimeOffset July1 = new(2024, 7, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Seed_list_memories_metadata_equality()
    {
        var filter = MemoryFilter.Metadata("user_id").Is("123") & MemoryFilter.Metadata("session_id").Is("abc");

        filter.ToMemMachineFilter().Should().Be("metadata.user_id='123' AND metadata.session_id='abc'");
    }

    [Theory]
    [MemberData(nameof(EveryOperator))]
    public void Every_supported_operator_is_written_as_the_grammar_reads_it(string name, MemoryFilter filter, string expected)
    {
        var text = filter.ToMemMachineFilter();

        text.Should().Be(expected, name);
        System.Text.RegularExpressions.Regex.Replace(text, "'[^']*'", "").Should().NotContain("\"", "strings are single-quoted");
    }

    public static TheoryData<string, MemoryFilter, string> EveryOperator() => new()
    {
        { "scope id lives in metadata", MemoryFilter.UserId.Is("alice"), "metadata.user_id='alice'" },
        { "is", MemoryFilter.ProducerId.Is("alice"), "producer_id='alice'" },
        { "is not", MemoryFilter.ProducerRole.IsNot("assistant"), "producer_role!='assistant'" },
        { "in", MemoryFilter.Metadata("tier").In("gold", "silver"), "metadata.tier IN ('gold','silver')" },
        { "in integers", MemoryFilter.SequenceNum.In(1, 2, 3), "sequence_num IN (1,2,3)" },
        { "not in", MemoryFilter.EpisodeType.NotIn("message"), "episode_type NOT IN ('message')" },
        { "not in integers", MemoryFilter.Metadata("rank").NotIn(7), "metadata.rank NOT IN (7)" },
        { "gt integer", MemoryFilter.SequenceNum.GreaterThan(5), "sequence_num>5" },
        { "gte double", MemoryFilter.Metadata("score").GreaterThanOrEqual(0.5), "metadata.score>=0.5" },
        { "lt", MemoryFilter.Metadata("rank").LessThan(10), "metadata.rank<10" },
        { "lte", MemoryFilter.SequenceNum.LessThanOrEqual(2.25), "sequence_num<=2.25" },
        { "date", MemoryFilter.CreatedAt.GreaterThanOrEqual(July1), "created_at>=date('2024-07-01T00:00:00+00:00')" },
        { "date with offset and microseconds", MemoryFilter.UpdatedAt.LessThan(new DateTimeOffset(2024, 7, 1, 10, 30, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567)),
            "updated_at<date('2024-07-01T10:30:00.123456+02:00')" },
        { "between", MemoryFilter.CreatedAt.Between(July1, July1.AddDays(30)),
            "created_at>=date('2024-07-01T00:00:00+00:00') AND created_at<=date('2024-07-31T00:00:00+00:00')" },
        { "whole double keeps its point", MemoryFilter.Metadata("score").Is(2.0), "metadata.score=2.0" },
        { "large double without exponent", MemoryFilter.Metadata("big").Is(1e20), "metadata.big=100000000000000000000.0" },
        { "small double without exponent", MemoryFilter.Metadata("tiny").Is(1.5e-7), "metadata.tiny=0.00000015" },
        { "negative zero is zero", MemoryFilter.Metadata("zero").Is(-0.0), "metadata.zero=0.0" },
        { "bool", MemoryFilter.Metadata("pinned").Is(true), "metadata.pinned=true" },
        { "bool not", MemoryFilter.Metadata("pinned").IsNot(false), "metadata.pinned!=false" },
        { "is null", MemoryFilter.ProducedForId.IsNull(), "produced_for_id IS NULL" },
        { "is not null", MemoryFilter.Metadata("topic").IsNotNull(), "metadata.topic IS NOT NULL" },
        { "string with double quotes, keywords and unicode", MemoryFilter.Content.Is("say \"hi\" AND OR () 日本"), "content='say \"hi\" AND OR () 日本'" },
        { "empty string", MemoryFilter.SessionKey.Is(""), "session_key=''" },
        { "semantic fields", MemoryFilter.FeatureCategory.Is("profile") & MemoryFilter.FeatureTag.Is("diet") & MemoryFilter.FeatureName.Is("allergy")
            & MemoryFilter.FeatureValue.IsNot("none") & MemoryFilter.FeatureSetId.Is("s1") & MemoryFilter.Uid.Is("42"),
            "category='profile' AND tag='diet' AND feature_name='allergy' AND value!='none' AND set_id='s1' AND uid='42'" },
        { "or inside and is parenthesised", (MemoryFilter.Metadata("a").Is("1") | MemoryFilter.Metadata("b").Is("2")) & MemoryFilter.Metadata("c").Is("3"),
            "(metadata.a='1' OR metadata.b='2') AND metadata.c='3'" },
        { "and inside or is parenthesised", (MemoryFilter.Metadata("a").Is("1") & MemoryFilter.Metadata("b").Is("2")) | MemoryFilter.Metadata("c").Is("3"),
            "(metadata.a='1' AND metadata.b='2') OR metadata.c='3'" },
        { "not", !MemoryFilter.Metadata("a").Is("x"), "NOT (metadata.a='x')" },
        { "not of or", !(MemoryFilter.AgentId.Is("a1") | MemoryFilter.RunId.In("r1", "r2")),
            "NOT (metadata.agent_id='a1' OR metadata.run_id IN ('r1','r2'))" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refuses_what_the_grammar_cannot_express_or_would_change(string why, MemoryFilter filter, string field, FilterOperator op)
    {
        var act = () => filter.ToMemMachineFilter();

        var error = act.Should().Throw<FilterNotSupportedException>(why).Which;
        error.Field.Should().Be(field);
        error.Operator.Should().Be(op);
        error.Target.Should().Be(MemoryProvider.MemMachine);
        error.Message.Should().StartWith($"MemMachine cannot filter '{field}' with {op}: ");
    }

    public static TheoryData<string, MemoryFilter, string, FilterOperator> Refusals() => new()
    {
        { "no contains", MemoryFilter.Content.Contains("pizza"), "content", FilterOperator.Contains },
        { "no icontains", MemoryFilter.Content.ContainsIgnoreCase("pizza"), "content", FilterOperator.ContainsIgnoreCase },
        { "no metadata contains", MemoryFilter.Metadata("note").Contains("x"), "metadata.note", FilterOperator.Contains },
        { "no wildcard", MemoryFilter.RunId.IsAny(), "run_id", FilterOperator.IsAny },
        { "quote in value", MemoryFilter.Metadata("name").Is("O'Brien"), "metadata.name", FilterOperator.Is },
        { "quote in list", MemoryFilter.ProducerId.In("ok", "it's"), "producer_id", FilterOperator.In },
        { "quote in scope id", MemoryFilter.UserId.Is("o'neil"), "user_id", FilterOperator.Is },
        { "negative integer", MemoryFilter.Metadata("delta").Is(-5), "metadata.delta", FilterOperator.Is },
        { "negative integer in list", MemoryFilter.Metadata("delta").In(1, -5), "metadata.delta", FilterOperator.In },
        { "negative double", MemoryFilter.SequenceNum.GreaterThan(-0.5), "sequence_num", FilterOperator.GreaterThan },
        { "dates in IN", MemoryFilter.CreatedAt.In(July1), "created_at", FilterOperator.In },
        { "dates in NOT IN", MemoryFilter.CreatedAt.NotIn(July1), "created_at", FilterOperator.NotIn },
        { "dash in key", MemoryFilter.Metadata("key-with-dash").Is("1"), "metadata.key-with-dash", FilterOperator.Is },
        { "colon in key", MemoryFilter.Metadata("user:id").Is("1"), "metadata.user:id", FilterOperator.Is },
        { "non-ASCII key", MemoryFilter.Metadata("ä").Is("1"), "metadata.ä", FilterOperator.Is },
        { "space in key", MemoryFilter.Metadata("a b").IsNull(), "metadata.a b", FilterOperator.IsNull },
        { "Mem0 categories", MemoryFilter.Categories.Contains("diet"), "categories", FilterOperator.Contains },
        { "Mem0 keywords", MemoryFilter.Keywords.ContainsIgnoreCase("x"), "keywords", FilterOperator.ContainsIgnoreCase },
        { "Mem0 memory ids", MemoryFilter.MemoryIds.In("id"), "memory_ids", FilterOperator.In },
        { "Mem0 text", MemoryFilter.Text.Is("x"), "text", FilterOperator.Is },
        { "Mem0 timestamp", MemoryFilter.Timestamp.GreaterThan(July1), "timestamp", FilterOperator.GreaterThan },
        { "Mem0 expiration", MemoryFilter.ExpirationDate.IsNull(), "expiration_date", FilterOperator.IsNull },
        { "deep inside the tree", MemoryFilter.UserId.Is("u") & !(MemoryFilter.Metadata("a").Is("1") | MemoryFilter.Metadata("b").Is("it's")),
            "metadata.b", FilterOperator.Is },
    };

    [Fact]
    public void Refusal_message_says_why()
    {
        var act = () => MemoryFilter.Metadata("name").Is("O'Brien").ToMemMachineFilter();

        act.Should().Throw<FilterNotSupportedException>().WithMessage(
            "MemMachine cannot filter 'metadata.name' with Is: a string containing ' cannot be written (the grammar has no escape).");
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(123.456, "123.456")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1.234e-5, "0.00001234")]
    [InlineData(double.Epsilon, "0.")]
    [InlineData(double.MaxValue, "179769313486231570000000000000000000000")]
    public void Doubles_are_written_as_digits_dot_digits_that_read_back_exactly(double value, string startsWith)
    {
        var text = MemMachineFilterWriter.FormatDouble(value);

        text.Should().StartWith(startsWith).And.MatchRegex(@"^\d+\.\d+$");
        double.Parse(text, System.Globalization.CultureInfo.InvariantCulture).Should().Be(value);
    }
}
