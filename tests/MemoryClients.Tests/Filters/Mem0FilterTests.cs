using System.Text.Json.Nodes;
using MemoryClients.Filters;

namespace MemoryClients.Tests.Filters;

public class Mem0FilterTests
{
    private static readonly DateTimeOffset July1 = new(2024, 7, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset July31 = new(2024, 7, 31, 0, 0, 0, TimeSpan.Zero);

    private static string Json(MemoryFilter filter) => filter.ToMem0Filter().ToJsonString();

    // The documentation's JSON, compacted: same keys, same order, same values.
    private static string Documented(string json) => JsonNode.Parse(json)!.ToJsonString();

    [Fact]
    public void Seed_v3_search_or_of_user_and_agents()
    {
        var filter = MemoryFilter.UserId.Is("alice") | MemoryFilter.AgentId.In("travel-agent", "sports-agent");

        Json(filter).Should().Be("""{"OR":[{"user_id":"alice"},{"agent_id":{"in":["travel-agent","sports-agent"]}}]}""");
        Json(filter).Should().Be(Documented("""
            {
                "OR": [
                    {
                      "user_id": "alice"
                    },
                    {
                      "agent_id": {"in": ["travel-agent", "sports-agent"]}
                    }
                ]
            }
            """));
    }

    [Fact]
    public void Seed_v3_search_wildcard_run_id()
    {
        var filter = MemoryFilter.UserId.Is("alice") & MemoryFilter.RunId.IsAny();

        Json(filter).Should().Be("""{"AND":[{"user_id":"alice"},{"run_id":"*"}]}""");
        Json(filter).Should().Be(Documented("""
            {
                "AND": [
                    {
                        "user_id": "alice"
                    },
                    {
                        "run_id": "*"
                    }
                ]
            }
            """));
    }

    [Fact]
    public void Seed_v3_search_categories_contains()
    {
        var filter = MemoryFilter.UserId.Is("alice") & MemoryFilter.Categories.Contains("finance");

        Json(filter).Should().Be("""{"AND":[{"user_id":"alice"},{"categories":{"contains":"finance"}}]}""");
        Json(filter).Should().Be(Documented("""
            {
                "AND": [
                    { "user_id": "alice" },
                    {
                        "categories": {
                            "contains": "finance"
                        }
                    }
                ]
            }
            """));
    }

    [Fact]
    public void Seed_v3_search_categories_in()
    {
        var filter = MemoryFilter.UserId.Is("alice") & MemoryFilter.Categories.In("personal_information");

        Json(filter).Should().Be("""{"AND":[{"user_id":"alice"},{"categories":{"in":["personal_information"]}}]}""");
    }

    [Fact]
    public void Seed_v3_list_created_at_between_two_dates()
    {
        var filter = MemoryFilter.UserId.Is("alex") & MemoryFilter.CreatedAt.Between(July1, July31);

        Json(filter).Should().Be("""{"AND":[{"user_id":"alex"},{"created_at":{"gte":"2024-07-01","lte":"2024-07-31"}}]}""");
        Json(filter).Should().Be(Documented("""
            {
                "AND": [
                    {
                        "user_id": "alex"
                    },
                    {
                        "created_at": {"gte": "2024-07-01", "lte": "2024-07-31"}
                    }
                ]
            }
            """));
    }

    [Fact]
    public void Seed_v3_list_single_user()
    {
        Json(MemoryFilter.UserId.Is("alice")).Should().Be(Documented("""{"user_id": "alice"}"""));
    }

    [Fact]
    public void Seed_guide_metadata_equality_and_categories()
    {
        var filter = MemoryFilter.Metadata("food").Is("vegan") & MemoryFilter.Categories.Contains("food_preferences");

        Json(filter).Should().Be("""{"AND":[{"metadata":{"food":"vegan"}},{"categories":{"contains":"food_preferences"}}]}""");
        Json(filter).Should().Be(Documented("""
            {
            "AND": [
            {"metadata": {"food": "vegan"}},
            {
            "categories":{
            "contains": "food_preferences"
            }
            }
            ]
            }
            """));
    }

    [Fact]
    public void Seed_guide_user_dates_and_categories()
    {
        var filter = MemoryFilter.UserId.Is("alex")
            & MemoryFilter.CreatedAt.Between(July1, July31)
            & MemoryFilter.Categories.Contains("food_preferences");

        Json(filter).Should().Be(Documented("""
            {
            "AND":[
            {
            "user_id":"alex"
            },
            {
            "created_at":{
            "gte":"2024-07-01",
            "lte":"2024-07-31"
            }
            },
            {
            "categories":{
            "contains": "food_preferences"
            }
            }
            ]
            }
            """));
    }

    [Fact]
    public void Seed_guide_or_of_user_and_agents()
    {
        var filter = MemoryFilter.UserId.Is("alex") | MemoryFilter.AgentId.In("travel-assistant", "customer-support");

        Json(filter).Should().Be(Documented("""
            {
            "OR":[
            {
            "user_id":"alex"
            },
            {
            "agent_id":{
            "in":[
            "travel-assistant",
            "customer-support"
            ]
            }
            }
            ]
            }
            """));
    }

    [Fact]
    public void Seed_guide_date_bounds_written_separately_share_one_object()
    {
        var filter = MemoryFilter.CreatedAt.GreaterThanOrEqual(new DateTimeOffset(2024, 7, 20, 0, 0, 0, TimeSpan.Zero))
            & MemoryFilter.CreatedAt.LessThanOrEqual(new DateTimeOffset(2024, 7, 10, 0, 0, 0, TimeSpan.Zero))
            & MemoryFilter.UserId.Is("alex");

        Json(filter).Should().Be(Documented("""
            {
            "AND": [
            {"created_at": {"gte": "2024-07-20", "lte": "2024-07-10"}},
            {"user_id": "alex"}
            ]
            }
            """));
    }

    [Theory]
    [MemberData(nameof(EveryOperator))]
    public void Every_supported_operator_is_written_in_the_documented_form(string name, MemoryFilter filter, string expected)
    {
        Json(filter).Should().Be(expected, name);
    }

    public static TheoryData<string, MemoryFilter, string> EveryOperator() => new()
    {
        { "entity is", MemoryFilter.AgentId.Is("a1"), """{"agent_id":"a1"}""" },
        { "entity is not", MemoryFilter.AppId.IsNot("app"), """{"app_id":{"ne":"app"}}""" },
        { "entity in", MemoryFilter.RunId.In("r1", "r2"), """{"run_id":{"in":["r1","r2"]}}""" },
        { "entity not in", MemoryFilter.UserId.NotIn("bob"), """{"NOT":{"user_id":{"in":["bob"]}}}""" },
        { "entity any", MemoryFilter.AgentId.IsAny(), """{"agent_id":"*"}""" },
        { "date is (midnight UTC)", MemoryFilter.UpdatedAt.Is(July1), """{"updated_at":"2024-07-01"}""" },
        { "date is (time, UTC)", MemoryFilter.Timestamp.Is(new DateTimeOffset(2024, 7, 1, 10, 30, 0, TimeSpan.Zero)),
            """{"timestamp":"2024-07-01T10:30:00Z"}""" },
        { "date is (offset, microseconds)", MemoryFilter.CreatedAt.Is(new DateTimeOffset(2024, 7, 1, 10, 30, 0, TimeSpan.FromHours(-7)).AddTicks(1_234_567)),
            """{"created_at":"2024-07-01T10:30:00.123456-07:00"}""" },
        { "date is not", MemoryFilter.ExpirationDate.IsNot(July31), """{"expiration_date":{"ne":"2024-07-31"}}""" },
        { "date in", MemoryFilter.CreatedAt.In(July1, July31), """{"created_at":{"in":["2024-07-01","2024-07-31"]}}""" },
        { "date not in", MemoryFilter.CreatedAt.NotIn(July1), """{"NOT":{"created_at":{"in":["2024-07-01"]}}}""" },
        { "date gt", MemoryFilter.CreatedAt.GreaterThan(July1), """{"created_at":{"gt":"2024-07-01"}}""" },
        { "date gte", MemoryFilter.CreatedAt.GreaterThanOrEqual(July1), """{"created_at":{"gte":"2024-07-01"}}""" },
        { "date lt", MemoryFilter.CreatedAt.LessThan(July1), """{"created_at":{"lt":"2024-07-01"}}""" },
        { "date lte", MemoryFilter.CreatedAt.LessThanOrEqual(July1), """{"created_at":{"lte":"2024-07-01"}}""" },
        { "date between, alone", MemoryFilter.CreatedAt.Between(July1, July31), """{"created_at":{"gte":"2024-07-01","lte":"2024-07-31"}}""" },
        { "categories contains", MemoryFilter.Categories.Contains("diet"), """{"categories":{"contains":"diet"}}""" },
        { "categories in", MemoryFilter.Categories.In("diet", "travel"), """{"categories":{"in":["diet","travel"]}}""" },
        { "categories not in", MemoryFilter.Categories.NotIn("work"), """{"NOT":{"categories":{"in":["work"]}}}""" },
        { "metadata is string", MemoryFilter.Metadata("topic").Is("food"), """{"metadata":{"topic":"food"}}""" },
        { "metadata is integer", MemoryFilter.Metadata("rank").Is(3), """{"metadata":{"rank":3}}""" },
        { "metadata is double", MemoryFilter.Metadata("score").Is(0.5), """{"metadata":{"score":0.5}}""" },
        { "metadata is bool", MemoryFilter.Metadata("pinned").Is(true), """{"metadata":{"pinned":true}}""" },
        { "metadata is not", MemoryFilter.Metadata("topic").IsNot("work"), """{"metadata":{"topic":{"ne":"work"}}}""" },
        { "metadata contains", MemoryFilter.Metadata("note").Contains("vegan"), """{"metadata":{"note":{"contains":"vegan"}}}""" },
        { "keywords contains", MemoryFilter.Keywords.Contains("invoice"), """{"keywords":{"contains":"invoice"}}""" },
        { "keywords icontains", MemoryFilter.Keywords.ContainsIgnoreCase("Invoice"), """{"keywords":{"icontains":"Invoice"}}""" },
        { "memory ids in", MemoryFilter.MemoryIds.In("7f165f7e-b411-4afe-b7e5-35789b72c4a5"),
            """{"memory_ids":{"in":["7f165f7e-b411-4afe-b7e5-35789b72c4a5"]}}""" },
        { "memory ids not in", MemoryFilter.MemoryIds.NotIn("id1", "id2"), """{"NOT":{"memory_ids":{"in":["id1","id2"]}}}""" },
        { "text icontains", MemoryFilter.Text.ContainsIgnoreCase("pizza"), """{"text":{"icontains":"pizza"}}""" },
        { "not", !MemoryFilter.Categories.Contains("food_preferences"), """{"NOT":{"categories":{"contains":"food_preferences"}}}""" },
        { "nested", MemoryFilter.UserId.Is("alice") & !(MemoryFilter.AgentId.Is("a1") | MemoryFilter.RunId.IsAny()),
            """{"AND":[{"user_id":"alice"},{"NOT":{"OR":[{"agent_id":"a1"},{"run_id":"*"}]}}]}""" },
        { "or inside and inside or", MemoryFilter.Or(MemoryFilter.UserId.Is("u"), MemoryFilter.AgentId.Is("a") & (MemoryFilter.RunId.Is("r1") | MemoryFilter.RunId.Is("r2"))),
            """{"OR":[{"user_id":"u"},{"AND":[{"agent_id":"a"},{"OR":[{"run_id":"r1"},{"run_id":"r2"}]}]}]}""" },
    };

    [Fact]
    public void Range_tests_share_an_object_only_when_adjacent_on_the_same_field_with_different_operators()
    {
        var separated = MemoryFilter.CreatedAt.GreaterThan(July1) & MemoryFilter.UserId.Is("u") & MemoryFilter.CreatedAt.LessThan(July31);
        var sameOperator = MemoryFilter.CreatedAt.GreaterThan(July1) & MemoryFilter.CreatedAt.GreaterThan(July31);
        var otherField = MemoryFilter.CreatedAt.GreaterThan(July1) & MemoryFilter.UpdatedAt.LessThan(July31);

        Json(separated).Should().Be("""{"AND":[{"created_at":{"gt":"2024-07-01"}},{"user_id":"u"},{"created_at":{"lt":"2024-07-31"}}]}""");
        Json(sameOperator).Should().Be("""{"AND":[{"created_at":{"gt":"2024-07-01"}},{"created_at":{"gt":"2024-07-31"}}]}""");
        Json(otherField).Should().Be("""{"AND":[{"created_at":{"gt":"2024-07-01"}},{"updated_at":{"lt":"2024-07-31"}}]}""");
    }

    [Fact]
    public void Each_call_returns_a_fresh_object()
    {
        var filter = MemoryFilter.UserId.Is("alice");
        var first = filter.ToMem0Filter();
        first["agent_id"] = "changed";

        Json(filter).Should().Be("""{"user_id":"alice"}""");
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refuses_what_Mem0_rejects(MemoryFilter filter, string field, FilterOperator op)
    {
        var act = () => filter.ToMem0Filter();

        var error = act.Should().Throw<FilterNotSupportedException>().Which;
        error.Field.Should().Be(field);
        error.Operator.Should().Be(op);
        error.Target.Should().Be(MemoryProvider.Mem0);
        error.Message.Should().StartWith($"Mem0 cannot filter '{field}' with {op}: ");
    }

    public static TheoryData<MemoryFilter, string, FilterOperator> Refusals() => new()
    {
        { MemoryFilter.UserId.Contains("ali"), "user_id", FilterOperator.Contains },
        { MemoryFilter.AgentId.ContainsIgnoreCase("a"), "agent_id", FilterOperator.ContainsIgnoreCase },
        { MemoryFilter.RunId.IsNull(), "run_id", FilterOperator.IsNull },
        { MemoryFilter.RunId.IsNotNull(), "run_id", FilterOperator.IsNotNull },
        { MemoryFilter.UserId.Is("*"), "user_id", FilterOperator.Is },
        { MemoryFilter.CreatedAt.IsNull(), "created_at", FilterOperator.IsNull },
        { MemoryFilter.ExpirationDate.IsNotNull(), "expiration_date", FilterOperator.IsNotNull },
        { MemoryFilter.Metadata("topic").In("a", "b"), "metadata.topic", FilterOperator.In },
        { MemoryFilter.Metadata("rank").NotIn(1, 2), "metadata.rank", FilterOperator.NotIn },
        { MemoryFilter.Metadata("rank").GreaterThan(1), "metadata.rank", FilterOperator.GreaterThan },
        { MemoryFilter.Metadata("rank").GreaterThanOrEqual(1.5), "metadata.rank", FilterOperator.GreaterThanOrEqual },
        { MemoryFilter.Metadata("rank").LessThan(1), "metadata.rank", FilterOperator.LessThan },
        { MemoryFilter.Metadata("rank").LessThanOrEqual(1), "metadata.rank", FilterOperator.LessThanOrEqual },
        { MemoryFilter.Metadata("topic").IsNull(), "metadata.topic", FilterOperator.IsNull },
        { MemoryFilter.Metadata("topic").IsNotNull(), "metadata.topic", FilterOperator.IsNotNull },
        { MemoryFilter.Keywords.Is("invoice"), "keywords", FilterOperator.Is },
        { MemoryFilter.Keywords.In("a"), "keywords", FilterOperator.In },
        { MemoryFilter.MemoryIds.Is("id1"), "memory_ids", FilterOperator.Is },
        { MemoryFilter.MemoryIds.IsAny(), "memory_ids", FilterOperator.IsAny },
        { MemoryFilter.Text.IsAny(), "text", FilterOperator.IsAny },
        { MemoryFilter.Text.IsNull(), "text", FilterOperator.IsNull },
        { MemoryFilter.ProducerId.Is("alice"), "producer_id", FilterOperator.Is },
        { MemoryFilter.Content.Contains("pizza"), "content", FilterOperator.Contains },
        { MemoryFilter.SequenceNum.GreaterThan(3), "sequence_num", FilterOperator.GreaterThan },
        { MemoryFilter.FeatureName.Is("diet"), "feature_name", FilterOperator.Is },
        { MemoryFilter.UserId.Is("alice") & !(MemoryFilter.AgentId.Is("a") | MemoryFilter.Metadata("k").In("v")), "metadata.k", FilterOperator.In },
    };

    [Fact]
    public void Refusal_message_lists_what_Mem0_accepts()
    {
        var act = () => MemoryFilter.Metadata("rank").GreaterThan(1).ToMem0Filter();

        act.Should().Throw<FilterNotSupportedException>()
            .WithMessage("Mem0 cannot filter 'metadata.rank' with GreaterThan: Mem0 accepts only Is, IsNot, Contains on this field.");
    }
}
