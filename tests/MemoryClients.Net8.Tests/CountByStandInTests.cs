using MemoryClients.Emulator.Compat;

namespace MemoryClients.Tests.Compat;

/// <summary>The emulator's net8.0 stand-in for .NET 9's Enumerable.CountBy gives the counts its dashboard shows.</summary>
public sealed class CountByStandInTests
{
    [Fact]
    public void Counts_the_elements_of_each_key()
    {
        string[] projects = ["a", "b", "a", "", "a", "b"];

        var counts = EnumerableCountBy.CountBy(projects, p => p).ToDictionary();

        counts.Should().Equal(new Dictionary<string, int> { ["a"] = 3, ["b"] = 2, [""] = 1 });
    }

    [Fact]
    public void An_empty_source_has_no_keys()
    {
        EnumerableCountBy.CountBy(Array.Empty<int>(), n => n % 2).Should().BeEmpty();
    }
}
