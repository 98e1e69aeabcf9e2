using MemoryClients.Emulator.Compat;

namespace MemoryClients.Tests.Compat;

/// <summary>The emulator's net8.0 stand-in for .NET 9's OrderedDictionary keeps the order its document store relies on.</summary>
public sealed class OrderedDictionaryStandInTests
{
    [Fact]
    public void Values_come_in_insertion_order_and_a_replaced_value_keeps_its_place()
    {
        var dictionary = new OrderedDictionary<string, int>(StringComparer.Ordinal) { ["b"] = 1, ["a"] = 2, ["c"] = 3 };

        dictionary["a"] = 20;

        dictionary.Values.Should().Equal(1, 20, 3);
        dictionary["a"].Should().Be(20);
    }

    [Fact]
    public void A_removed_key_is_gone_and_comes_back_last()
    {
        var dictionary = new OrderedDictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["a"] = 1, ["b"] = 2, ["c"] = 3 };

        dictionary.Remove("B").Should().BeTrue();
        dictionary.Remove("b").Should().BeFalse();
        dictionary.ContainsKey("b").Should().BeFalse();
        dictionary.TryGetValue("b", out _).Should().BeFalse();
        dictionary.Values.Should().Equal(1, 3);

        dictionary["b"] = 4;

        dictionary.Values.Should().Equal(1, 3, 4);
    }
}
