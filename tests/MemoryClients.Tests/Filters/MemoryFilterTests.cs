using MemoryClients.Filters;

namespace MemoryClients.Tests.Filters;

public class MemoryFilterTests
{
    private static readonly MemoryFilter A = MemoryFilter.UserId.Is("a");
    private static readonly MemoryFilter B = MemoryFilter.AgentId.Is("b");
    private static readonly MemoryFilter C = MemoryFilter.RunId.Is("c");

    [Fact]
    public void Operators_build_the_same_tree_as_the_named_methods()
    {
        (A & B).Should().Be(MemoryFilter.And(A, B));
        (A | B).Should().Be(MemoryFilter.Or(A, B));
        (!A).Should().Be(MemoryFilter.Not(A));
    }

    [Fact]
    public void Nested_ands_and_ors_are_flattened_but_not_mixed()
    {
        (A & B & C).Should().Be(MemoryFilter.And(A, B, C));
        (A & (B & C)).Should().Be(MemoryFilter.And(A, B, C));
        (A | B | C).Should().Be(MemoryFilter.Or(A, B, C));
        ((A | B) & C).Should().NotBe(MemoryFilter.And(A, B, C));
        ((A | B) & C).ToMemMachineFilter().Should().Be("(metadata.user_id='a' OR metadata.agent_id='b') AND metadata.run_id='c'");
    }

    [Fact]
    public void A_single_operand_is_returned_as_is_and_double_negation_is_kept()
    {
        MemoryFilter.And(A).Should().BeSameAs(A);
        MemoryFilter.Or([A]).Should().BeSameAs(A);
        (!!A).Should().NotBe(A);
        (!!A).ToMemMachineFilter().Should().Be("NOT (NOT (metadata.user_id='a'))");
    }

    [Fact]
    public void Equal_trees_are_equal_values()
    {
        var left = MemoryFilter.Metadata("tier").In("gold", "silver") & !MemoryFilter.CreatedAt.IsNull();
        var right = MemoryFilter.Metadata("tier").In(new List<string> { "gold", "silver" }) & !MemoryFilter.CreatedAt.IsNull();

        left.Should().Be(right);
        (left == right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Should().NotBe(MemoryFilter.Metadata("tier").In("silver", "gold") & !MemoryFilter.CreatedAt.IsNull());
        MemoryFilter.Metadata("n").Is(1).Should().NotBe(MemoryFilter.Metadata("n").Is(1.0), "an integer and a double are typed differently");
    }

    [Fact]
    public void ToString_reads_like_the_query()
    {
        var filter = MemoryFilter.UserId.Is("alice") & !(MemoryFilter.Categories.Contains("diet") | MemoryFilter.RunId.IsAny());

        filter.ToString().Should().Be("(user_id = \"alice\" AND NOT (categories contains \"diet\" OR run_id is any))");
        MemoryFilter.Metadata("topic").ToString().Should().Be("metadata.topic");
        MemoryFilter.Metadata("topic").Key.Should().Be("topic");
        MemoryFilter.CreatedAt.Name.Should().Be("created_at");
    }

    [Fact]
    public void Scope_with_one_id_is_a_single_equality()
    {
        var filter = MemoryFilter.ForScope(MemoryScope.ForUser("alice"));

        filter.Should().Be(MemoryFilter.UserId.Is("alice"));
        filter.ToMem0Filter().ToJsonString().Should().Be("""{"user_id":"alice"}""");
        filter.ToMemMachineFilter().Should().Be("metadata.user_id='alice'");
    }

    [Fact]
    public void Scope_with_several_ids_requires_all_of_them()
    {
        var filter = MemoryFilter.ForScope(MemoryScope.ForRun("r1").AndApp("app").AndAgent("a1").AndUser("alice"));

        filter.ToMem0Filter().ToJsonString()
            .Should().Be("""{"AND":[{"user_id":"alice"},{"agent_id":"a1"},{"app_id":"app"},{"run_id":"r1"}]}""");
        filter.ToMemMachineFilter()
            .Should().Be("metadata.user_id='alice' AND metadata.agent_id='a1' AND metadata.app_id='app' AND metadata.run_id='r1'");
    }

    [Fact]
    public void Scope_must_name_someone()
    {
        FluentActions.Invoking(() => MemoryFilter.ForScope(new MemoryScope()))
            .Should().Throw<ArgumentException>().WithParameterName("scope");
        FluentActions.Invoking(() => MemoryFilter.ForScope(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("scope");
    }

    [Fact]
    public void Bad_arguments_fail_when_the_filter_is_built()
    {
        FluentActions.Invoking(() => MemoryFilter.And()).Should().Throw<ArgumentException>().WithParameterName("filters");
        FluentActions.Invoking(() => MemoryFilter.Or(A, null!)).Should().Throw<ArgumentException>().WithParameterName("filters");
        FluentActions.Invoking(() => MemoryFilter.Not(null!)).Should().Throw<ArgumentNullException>().WithParameterName("filter");
        FluentActions.Invoking(() => MemoryFilter.Metadata("")).Should().Throw<ArgumentException>().WithParameterName("key");
        FluentActions.Invoking(() => MemoryFilter.UserId.Is(null!)).Should().Throw<ArgumentNullException>().WithParameterName("value");
        FluentActions.Invoking(() => MemoryFilter.UserId.In()).Should().Throw<ArgumentException>().WithParameterName("values");
        FluentActions.Invoking(() => MemoryFilter.UserId.In("a", null!)).Should().Throw<ArgumentNullException>().WithParameterName("values");
        FluentActions.Invoking(() => MemoryFilter.Categories.NotIn([])).Should().Throw<ArgumentException>().WithParameterName("items");
        FluentActions.Invoking(() => MemoryFilter.Metadata("x").Is(double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        FluentActions.Invoking(() => MemoryFilter.SequenceNum.GreaterThan(double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MemoryFilter.CreatedAt.Between(DateTimeOffset.UnixEpoch.AddDays(1), DateTimeOffset.UnixEpoch))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to");
        FluentActions.Invoking(() => MemoryFilter.SequenceNum.Between(5, 4)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to");
        FluentActions.Invoking(() => MemoryFilter.SequenceNum.Between(2.5, 1.5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to");
        FluentActions.Invoking(() => MemoryFilter.SequenceNum.Between(5.0, double.NaN))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value", "a NaN bound is not finite, not a reversed range");
    }
}
