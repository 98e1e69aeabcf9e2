using MemoryClients.Filters;

namespace MemoryClients.Tests.Filters;

/// <summary>Random trees the writer accepts, written for MemMachine and read back by the server's grammar, come back
/// as the same tree.</summary>
public class MemMachineRoundTripTests
{
    private const int Iterations = 500;

    [Fact]
    public void Random_trees_survive_a_round_trip_through_the_grammar()
    {
        var random = new Random(20240701);
        for (var i = 0; i < Iterations; i++)
        {
            var tree = new TreeGenerator(random).Tree(depth: 3);

            var text = tree.ToMemMachineFilter();
            var parsed = MemMachineFilterParser.Parse(text);

            parsed.Should().Be(Normalize(tree), $"iteration {i} wrote {text}");
        }
    }

    [Fact]
    public void The_generator_covers_every_operator_the_writer_accepts()
    {
        var random = new Random(20240701);
        var seen = new HashSet<FilterOperator>();
        for (var i = 0; i < Iterations; i++) Collect(new TreeGenerator(random).Tree(depth: 3), seen);

        seen.Should().BeEquivalentTo([
            FilterOperator.Is, FilterOperator.IsNot, FilterOperator.In, FilterOperator.NotIn,
            FilterOperator.GreaterThan, FilterOperator.GreaterThanOrEqual, FilterOperator.LessThan, FilterOperator.LessThanOrEqual,
            FilterOperator.IsNull, FilterOperator.IsNotNull]);

        static void Collect(MemoryFilter filter, HashSet<FilterOperator> seen)
        {
            switch (filter)
            {
                case FieldFilter field: seen.Add(field.Operator); break;
                case AndFilter and: foreach (var f in and.Filters) Collect(f, seen); break;
                case OrFilter or: foreach (var f in or.Filters) Collect(f, seen); break;
                case NotFilter not: Collect(not.Filter, seen); break;
            }
        }
    }

    /// <summary>The tree as the server sees it: scope ids are metadata keys, NOT IN and IS NOT NULL are negations.</summary>
    private static MemoryFilter Normalize(MemoryFilter filter) => filter switch
    {
        AndFilter and => MemoryFilter.And(and.Filters.Select(Normalize)),
        OrFilter or => MemoryFilter.Or(or.Filters.Select(Normalize)),
        NotFilter not => !Normalize(not.Filter),
        FieldFilter field => NormalizeField(field),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    private static MemoryFilter NormalizeField(FieldFilter field)
    {
        if (field.Field is "user_id" or "agent_id" or "app_id" or "run_id")
            field = field with { Field = "metadata." + field.Field, MetadataKey = field.Field };
        return field.Operator switch
        {
            FilterOperator.NotIn => !(field with { Operator = FilterOperator.In }),
            FilterOperator.IsNotNull => !(field with { Operator = FilterOperator.IsNull }),
            _ => field,
        };
    }

    private sealed class TreeGenerator(Random random)
    {
        private static readonly StringField[] StringFields =
        [
            MemoryFilter.UserId, MemoryFilter.AgentId, MemoryFilter.AppId, MemoryFilter.RunId,
            MemoryFilter.ProducerId, MemoryFilter.ProducerRole, MemoryFilter.ProducedForId, MemoryFilter.SessionKey,
            MemoryFilter.EpisodeType, MemoryFilter.Content, MemoryFilter.Uid, MemoryFilter.FeatureSetId,
            MemoryFilter.FeatureCategory, MemoryFilter.FeatureTag, MemoryFilter.FeatureName, MemoryFilter.FeatureValue,
        ];

        private static readonly DateField[] DateFields = [MemoryFilter.CreatedAt, MemoryFilter.UpdatedAt];

        // Text the lexer would mangle if it were ever left unquoted: keywords, digits, operators, quotes, non-ASCII.
        private static readonly string[] Words =
            ["alice", "AND", "or", "not", "IN", "is", "null", "NULL", "true", "123", "1.5", "-5", "a,b", "(x)", "!=", "<>",
             ">=", "\"quoted\"", "日本", "ä", " ", "", "tab\there", "new\nline", "back\\slash", "m.key", "date(x)"];

        private const string KeyAlphabet = "abcXYZ019_.";

        public MemoryFilter Tree(int depth)
        {
            if (depth == 0 || random.Next(3) == 0) return Leaf();
            return random.Next(5) switch
            {
                0 => !Tree(depth - 1),
                1 or 2 => MemoryFilter.And(Children(depth)),
                _ => MemoryFilter.Or(Children(depth)),
            };
        }

        private MemoryFilter[] Children(int depth) =>
            Enumerable.Range(0, random.Next(2, 5)).Select(_ => Tree(depth - 1)).ToArray();

        private MemoryFilter Leaf() => random.Next(4) switch
        {
            0 => StringLeaf(Pick(StringFields)),
            1 => DateLeaf(Pick(DateFields)),
            2 => NumberLeaf(),
            _ => MetadataLeaf(MemoryFilter.Metadata(Key())),
        };

        private MemoryFilter StringLeaf(StringField field) => random.Next(6) switch
        {
            0 => field.Is(Text()),
            1 => field.IsNot(Text()),
            2 => field.In(Texts()),
            3 => field.NotIn(Texts()),
            4 => field.IsNull(),
            _ => field.IsNotNull(),
        };

        private MemoryFilter DateLeaf(DateField field) => random.Next(8) switch
        {
            0 => field.Is(Date()),
            1 => field.IsNot(Date()),
            2 => field.GreaterThan(Date()),
            3 => field.GreaterThanOrEqual(Date()),
            4 => field.LessThan(Date()),
            5 => field.LessThanOrEqual(Date()),
            6 => field.IsNull(),
            _ => field.IsNotNull(),
        };

        private MemoryFilter NumberLeaf()
        {
            var field = MemoryFilter.SequenceNum;
            var useDouble = random.Next(2) == 0;
            return random.Next(8) switch
            {
                0 => useDouble ? field.Is(Double()) : field.Is(Integer()),
                1 => useDouble ? field.IsNot(Double()) : field.IsNot(Integer()),
                2 => useDouble ? field.GreaterThan(Double()) : field.GreaterThan(Integer()),
                3 => useDouble ? field.LessThanOrEqual(Double()) : field.LessThanOrEqual(Integer()),
                4 => field.In(Integers()),
                5 => field.NotIn(Integers()),
                6 => field.IsNull(),
                _ => field.IsNotNull(),
            };
        }

        private MemoryFilter MetadataLeaf(MetadataField field) => random.Next(12) switch
        {
            0 => field.Is(Text()),
            1 => field.Is(Integer()),
            2 => field.Is(Double()),
            3 => field.Is(random.Next(2) == 0),
            4 => field.IsNot(Text()),
            5 => field.IsNot(random.Next(2) == 0),
            6 => random.Next(2) == 0 ? field.In(Texts()) : field.In(Integers()),
            7 => random.Next(2) == 0 ? field.NotIn(Texts()) : field.NotIn(Integers()),
            8 => field.GreaterThanOrEqual(Double()),
            9 => field.LessThan(Integer()),
            10 => field.IsNull(),
            _ => field.IsNotNull(),
        };

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];

        private string Text() => string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pick(Words)));

        private string[] Texts() => [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Text())];

        private string Key() => new([.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => KeyAlphabet[random.Next(KeyAlphabet.Length)])]);

        private long Integer() => random.Next(3) switch
        {
            0 => random.Next(10),
            1 => random.NextInt64(0, long.MaxValue),
            _ => long.MaxValue,
        };

        private long[] Integers() => [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Integer())];

        private double Double() => random.Next(4) switch
        {
            0 => random.Next(100) / 4.0,
            1 => random.NextDouble(),
            2 => random.NextDouble() * Math.Pow(10, random.Next(-30, 30)),
            _ => BitConverter.Int64BitsToDouble(random.NextInt64(0, 0x7FEF_FFFF_FFFF_FFFF)), // any finite non-negative
        };

        // Microsecond precision (all the server keeps) at a whole-minute offset between -14:00 and +14:00.
        private DateTimeOffset Date()
        {
            var offset = TimeSpan.FromMinutes(random.Next(-14 * 4, 14 * 4 + 1) * 15);
            var ticks = random.NextInt64(DateTimeOffset.UnixEpoch.Ticks, new DateTime(2100, 1, 1).Ticks);
            return new DateTimeOffset(ticks - (ticks % 10), offset);
        }
    }
}
