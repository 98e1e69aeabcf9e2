using System.Text.Encodings.Web;
using System.Text.Json;
using MemoryClients.Filters;

namespace MemoryClients.Tests.Filters;

/// <summary>Every example in docs/filters.md, with the outputs the page shows; keep the two in step.</summary>
public class FilterDocsExamplesTests
{
    private static readonly DateTimeOffset July1 = new(2024, 7, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset July31 = new(2024, 7, 31, 0, 0, 0, TimeSpan.Zero);

    // The page shows JSON without the default encoder's \u002B-style escapes; the bytes differ, the JSON does not.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string Refused = "refused: ";

    [Theory]
    [MemberData(nameof(Examples))]
    public void Docs_show_the_real_output(string example, MemoryFilter filter, string mem0, string memMachine)
    {
        Run(() => filter.ToMem0Filter().ToJsonString(Readable)).Should().Be(mem0, example);
        Run(filter.ToMemMachineFilter).Should().Be(memMachine, example);
    }

    private static string Run(Func<string> write)
    {
        try
        {
            return write();
        }
        catch (FilterNotSupportedException e)
        {
            return Refused + e.Message;
        }
    }

    public static TheoryData<string, MemoryFilter, string, string> Examples() => new()
    {
        { "Intro", MemoryFilter.UserId.Is("alice") & MemoryFilter.CreatedAt.Between(July1, July31) & MemoryFilter.Metadata("topic").Is("food"),
            """{"AND":[{"user_id":"alice"},{"created_at":{"gte":"2024-07-01","lte":"2024-07-31"}},{"metadata":{"topic":"food"}}]}""",
            "metadata.user_id='alice' AND created_at>=date('2024-07-01T00:00:00+00:00') AND created_at<=date('2024-07-31T00:00:00+00:00') AND metadata.topic='food'" },
        { "Is", MemoryFilter.UserId.Is("alice"),
            """{"user_id":"alice"}""",
            "metadata.user_id='alice'" },
        { "IsNot", MemoryFilter.Metadata("topic").IsNot("work"),
            """{"metadata":{"topic":{"ne":"work"}}}""",
            "metadata.topic!='work'" },
        { "In", MemoryFilter.AgentId.In("travel-agent", "sports-agent"),
            """{"agent_id":{"in":["travel-agent","sports-agent"]}}""",
            "metadata.agent_id IN ('travel-agent','sports-agent')" },
        { "NotIn", MemoryFilter.RunId.NotIn("r1", "r2"),
            """{"NOT":{"run_id":{"in":["r1","r2"]}}}""",
            "metadata.run_id NOT IN ('r1','r2')" },
        { "GreaterThan", MemoryFilter.CreatedAt.GreaterThan(July1),
            """{"created_at":{"gt":"2024-07-01"}}""",
            "created_at>date('2024-07-01T00:00:00+00:00')" },
        { "GreaterThanOrEqual", MemoryFilter.UpdatedAt.GreaterThanOrEqual(new DateTimeOffset(2024, 7, 1, 9, 30, 0, TimeSpan.FromHours(2))),
            """{"updated_at":{"gte":"2024-07-01T09:30:00+02:00"}}""",
            "updated_at>=date('2024-07-01T09:30:00+02:00')" },
        { "LessThan", MemoryFilter.Metadata("rank").LessThan(10),
            Refused + "Mem0 cannot filter 'metadata.rank' with LessThan: Mem0 accepts only Is, IsNot, Contains on this field.",
            "metadata.rank<10" },
        { "LessThanOrEqual", MemoryFilter.CreatedAt.LessThanOrEqual(July31),
            """{"created_at":{"lte":"2024-07-31"}}""",
            "created_at<=date('2024-07-31T00:00:00+00:00')" },
        { "Between", MemoryFilter.CreatedAt.Between(July1, July31),
            """{"created_at":{"gte":"2024-07-01","lte":"2024-07-31"}}""",
            "created_at>=date('2024-07-01T00:00:00+00:00') AND created_at<=date('2024-07-31T00:00:00+00:00')" },
        { "Contains", MemoryFilter.Categories.Contains("diet"),
            """{"categories":{"contains":"diet"}}""",
            Refused + "MemMachine cannot filter 'categories' with Contains: MemMachine has no such filter field." },
        { "ContainsIgnoreCase", MemoryFilter.Keywords.ContainsIgnoreCase("invoice"),
            """{"keywords":{"icontains":"invoice"}}""",
            Refused + "MemMachine cannot filter 'keywords' with ContainsIgnoreCase: MemMachine has no such filter field." },
        { "IsAny", MemoryFilter.RunId.IsAny(),
            """{"run_id":"*"}""",
            Refused + "MemMachine cannot filter 'run_id' with IsAny: the filter grammar has only =, !=, <, <=, >, >=, IN, NOT IN, IS NULL and IS NOT NULL." },
        { "IsNull", MemoryFilter.RunId.IsNull(),
            Refused + "Mem0 cannot filter 'run_id' with IsNull: Mem0 accepts only Is, IsNot, In, NotIn, IsAny on this field.",
            "metadata.run_id IS NULL" },
        { "IsNotNull", MemoryFilter.Metadata("topic").IsNotNull(),
            Refused + "Mem0 cannot filter 'metadata.topic' with IsNotNull: Mem0 accepts only Is, IsNot, Contains on this field.",
            "metadata.topic IS NOT NULL" },
        { "And", MemoryFilter.UserId.Is("alice") & MemoryFilter.Metadata("topic").Is("food"),
            """{"AND":[{"user_id":"alice"},{"metadata":{"topic":"food"}}]}""",
            "metadata.user_id='alice' AND metadata.topic='food'" },
        { "Or", MemoryFilter.UserId.Is("alice") | MemoryFilter.AgentId.In("travel-agent", "sports-agent"),
            """{"OR":[{"user_id":"alice"},{"agent_id":{"in":["travel-agent","sports-agent"]}}]}""",
            "metadata.user_id='alice' OR metadata.agent_id IN ('travel-agent','sports-agent')" },
        { "Not", !MemoryFilter.Metadata("topic").Is("work"),
            """{"NOT":{"metadata":{"topic":"work"}}}""",
            "NOT (metadata.topic='work')" },
        { "Nested", MemoryFilter.UserId.Is("alice") & (MemoryFilter.Metadata("topic").Is("food") | MemoryFilter.Metadata("topic").Is("travel")),
            """{"AND":[{"user_id":"alice"},{"OR":[{"metadata":{"topic":"food"}},{"metadata":{"topic":"travel"}}]}]}""",
            "metadata.user_id='alice' AND (metadata.topic='food' OR metadata.topic='travel')" },
        { "ForScope", MemoryFilter.ForScope(MemoryScope.ForUser("alice").AndRun("r1")),
            """{"AND":[{"user_id":"alice"},{"run_id":"r1"}]}""",
            "metadata.user_id='alice' AND metadata.run_id='r1'" },
        { "Quote", MemoryFilter.Metadata("name").Is("O'Brien"),
            """{"metadata":{"name":"O'Brien"}}""",
            Refused + "MemMachine cannot filter 'metadata.name' with Is: a string containing ' cannot be written (the grammar has no escape)." },
        { "Negative", MemoryFilter.Metadata("delta").Is(-5),
            """{"metadata":{"delta":-5}}""",
            Refused + "MemMachine cannot filter 'metadata.delta' with Is: negative numbers cannot be written (the lexer drops the '-' sign)." },
        { "Key", MemoryFilter.Metadata("user-id").Is("1"),
            """{"metadata":{"user-id":"1"}}""",
            Refused + "MemMachine cannot filter 'metadata.user-id' with Is: metadata keys may contain only ASCII letters, digits, '_' and '.'." },
    };
}
