using MemoryClients.Filters;
using MemoryClients.Mem0;

namespace MemoryClients.Tests.Mem0;

/// <summary>The scope filters a Mem0 read sends are written directly; they must be exactly what the typed filter writes.</summary>
public sealed class Mem0ScopeFilterTests
{
    public static TheoryData<string?, string?, string?, string?> Scopes()
    {
        var data = new TheoryData<string?, string?, string?, string?>();
        for (var mask = 1; mask < 16; mask++)
        {
            data.Add((mask & 1) != 0 ? "alice" : null, (mask & 2) != 0 ? "planner" : null,
                (mask & 4) != 0 ? "web" : null, (mask & 8) != 0 ? "trip 1" : null);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Scope_filters_equal_the_typed_filter_of_the_same_scope(string? user, string? agent, string? app, string? run)
    {
        var scope = new MemoryScope { UserId = user, AgentId = agent, AppId = app, RunId = run };

        var direct = Mem0RequestBuilder.ScopeFilters(scope).ToJsonString();

        direct.Should().Be(MemoryFilter.ForScope(scope.ForReads(MemoryProvider.Mem0)).ToMem0Filter().ToJsonString());
        if (user is not null)
            direct.Should().NotContain("agent_id", "a user with an agent is read as the user");
        else if (agent is not null)
            direct.Should().Contain("\"agent_id\":\"planner\"");
    }
}
