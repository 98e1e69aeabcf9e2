using MemoryClients.Filters;

namespace MemoryClients.Cli.Tests;

public sealed class FilterSyntaxTests
{
    [Theory]
    [InlineData("user_id=alice", """{"user_id":"alice"}""")]
    [InlineData("categories~food", """{"categories":{"contains":"food"}}""")]
    [InlineData("categories=food,travel", """{"categories":{"in":["food","travel"]}}""")]
    [InlineData("created_at>=2024-07-01", """{"created_at":{"gte":"2024-07-01"}}""")]
    [InlineData("metadata.topic=travel", """{"metadata":{"topic":"travel"}}""")]
    public void Each_filter_means_what_the_equivalent_MemoryFilter_means(string text, string mem0Json)
    {
        var filter = FilterSyntax.Parse([text])!;

        filter.ToMem0Filter().ToJsonString().Should().Be(mem0Json);
    }

    [Fact]
    public void Several_filters_are_anded()
    {
        var filter = FilterSyntax.Parse(["user_id=alice", "metadata.topic!=work"]);

        filter.Should().Be(MemoryFilter.UserId.Is("alice") & MemoryFilter.Metadata("topic").IsNot("work"));
    }

    [Fact]
    public void Numeric_metadata_comparisons_are_numbers()
    {
        FilterSyntax.Parse(["metadata.stars>3"]).Should().Be(MemoryFilter.Metadata("stars").GreaterThan(3));
        FilterSyntax.Parse(["metadata.stars=3"]).Should().Be(MemoryFilter.Metadata("stars").Is(3));
    }

    [Fact]
    public void No_filters_is_no_filter() => FilterSyntax.Parse([]).Should().BeNull();

    [Theory]
    [InlineData("colour=blue", "unknown field 'colour'")]
    [InlineData("user_id>alice", "'user_id' takes =, != or ~")]
    [InlineData("created_at=soon", "'soon' is not a date")]
    [InlineData("user_id", "expected FIELD OP VALUE")]
    [InlineData("user_id=", "the value is empty")]
    public void Bad_filters_say_what_is_wrong(string text, string message)
    {
        var act = () => FilterSyntax.Parse([text]);

        act.Should().Throw<UsageException>().WithMessage($"*{message}*");
    }
}
