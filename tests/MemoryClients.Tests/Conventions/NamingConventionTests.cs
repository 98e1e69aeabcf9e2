using System.Text.RegularExpressions;

namespace MemoryClients.Tests.Conventions;

/// <summary>
/// The naming table of docs/architecture.md, checked over the declared public API (<c>PublicAPI.Shipped.txt</c> and
/// <c>PublicAPI.Unshipped.txt</c>): a new member that drifts from it fails here with the line and the rule it breaks.
/// </summary>
public sealed partial class NamingConventionTests
{
    private static readonly Lazy<IReadOnlyList<ApiMember>> Members = new(Load);

    [Fact]
    public void The_api_file_is_read() =>
        Members.Value.Should().Contain(
            m => m.Name == "SearchAsync" && m.Type == "MemoryClients.Mem0.Mem0Client", "the rules below must see the real surface");

    [Fact]
    public void Asynchronous_members_and_only_they_end_in_Async() =>
        Violations(Rules[0]).Should().BeEmpty("a method that returns Task, ValueTask or AsyncPageable ends in Async, and no other does");

    [Fact]
    public void One_page_methods_take_a_continuation_token_and_return_a_page() =>
        Violations(m => Rules[1](m) || (m.IsMethod && m.Name.EndsWith("PageAsync", StringComparison.Ordinal)
                && !m.Returns.StartsWith("System.Threading.Tasks.Task<MemoryClients.Paging.Page<", StringComparison.Ordinal)))
            .Should().BeEmpty("every one-page method takes string? continuationToken (null for the first page) and returns Task<Page<T>>");

    [Fact]
    public void Call_options_are_always_the_parameter_named_options() =>
        Violations(Rules[2]).Should().BeEmpty("a parameter whose type is an options bag is named options");

    [Fact]
    public void Waits_are_named_WaitForCompletionAsync() =>
        Violations(Rules[3]).Should().BeEmpty("every wait for server-side work is WaitForCompletionAsync");

    [Fact]
    public void Health_checks_are_named_PingAsync_outside_the_raw_api() =>
        Violations(Rules[4]).Should().BeEmpty("the provider clients' health check is PingAsync; only the raw API names its route");

    [Fact]
    public void Thresholds_project_ids_and_addresses_have_one_name_each()
    {
        Violations(Rules[5]).Should().BeEmpty("a score threshold is Threshold everywhere");
        Violations(Rules[6]).Should().BeEmpty("the project a client works in is ProjectId on every options type");
        Violations(Rules[7]).Should().BeEmpty("a provider's built-in address is DefaultAddress (and SelfHostedAddress for a local server)");
    }

    [Fact]
    public void Roles_are_typed_and_message_lists_are_read_only_lists()
    {
        Violations(Rules[8]).Should().BeEmpty("a message role is an extensible enum (MemoryRole, ...), never a string");
        Violations(Rules[9]).Should().BeEmpty("messages are passed as IReadOnlyList<T>");
    }

    [Fact]
    public void The_rules_catch_the_drifts_they_were_written_for()
    {
        // Each line is a drift the public surface once had; parsed as the real file is, every one must break a rule.
        string[] drifts =
        [
            "virtual MemoryClients.MemMachine.MemMachineClient.GetHealthAsync() -> System.Threading.Tasks.Task<X!>!",
            "virtual MemoryClients.Mem0.Mem0ExportsClient.WaitUntilReadyAsync(string! exportId) -> System.Threading.Tasks.Task<X!>!",
            "MemoryClients.MemMachine.MemMachineSearchOptions.ScoreThreshold.get -> double?",
            "MemoryClients.MemMachine.MemMachineClientOptions.DefaultProjectId.get -> string?",
            "static readonly MemoryClients.MemMachine.MemMachineClientOptions.CloudAddress -> System.Uri!",
            "MemoryClients.MemoryMessage.Role.get -> string!",
            "MemoryClients.IMemoryClient.UpdateAsync(string! memoryId, MemoryClients.MemoryUpdateOptions! update)"
                + " -> System.Threading.Tasks.Task<X!>!",
            "virtual MemoryClients.Mem0.Mem0EntitiesClient.ListPageAsync(int page = 1) -> System.Threading.Tasks.Task<X!>!",
            "virtual MemoryClients.MemMachine.MemMachineClient.AddAsync("
                + "System.Collections.Generic.IEnumerable<MemoryClients.MemMachine.Api.MemMachineMessage!>! messages)"
                + " -> System.Threading.Tasks.Task<X!>!",
            "virtual MemoryClients.MemoryClient.Search(string! query) -> System.Threading.Tasks.Task<X!>!",
        ];
        var parsed = drifts.Select(ApiMember.Parse).ToList();

        var caught = parsed.Where(m => Rules.Any(rule => rule(m))).ToList();

        caught.Should().HaveCount(drifts.Length, "a rule that lets its own drift through checks nothing");
    }

    private const StringComparison Exact = StringComparison.Ordinal;

    // The rules, one predicate each (true when a member breaks it); the tests above and the self-check use the same ones.
    private static readonly Func<ApiMember, bool>[] Rules =
    [
        // Not for Polly's predicates (ValueTask<bool> by Polly's convention) or the paging types' own factories.
        m => m.IsMethod && !m.IsOperator && !m.Parameters.StartsWith("Polly.", Exact) && !m.Type.StartsWith("MemoryClients.Paging.", Exact)
            && m.Name.EndsWith("Async", Exact) != ReturnsAsync(m),
        m => m.IsMethod && m.Name.EndsWith("PageAsync", Exact) && !m.Parameters.Contains("string? continuationToken", Exact),
        m => m.IsMethod && !m.IsRecordMember && OptionsParameter().Matches(m.Parameters).Any(p => p.Groups["name"].Value != "options"),
        m => m.IsMethod && m.Name.StartsWith("Wait", Exact) && m.Name != "WaitForCompletionAsync",
        m => m.IsMethod && !m.IsRecordMember && !m.IsRawApi && m.Name.Contains("Health", Exact),
        m => !m.IsMethod && m.Name.EndsWith("Threshold", Exact) && m.Name != "Threshold",
        m => !m.IsMethod && m.Type.EndsWith("Options", Exact) && m.Name.EndsWith("ProjectId", Exact) && m.Name != "ProjectId",
        m => !m.IsMethod && m.Returns == "System.Uri!" && m.Type.EndsWith("ClientOptions", Exact)
            && m.Name is not ("DefaultAddress" or "SelfHostedAddress"),
        m => !m.IsMethod && m.Name == "Role" && m.Returns.StartsWith("string", Exact),
        m => m.IsMethod && Regex.IsMatch(m.Parameters, @"System\.Collections\.Generic\.IEnumerable<[^>]*Message[!?]?>[!?]? messages"),
    ];

    private static bool ReturnsAsync(ApiMember m) =>
        m.Returns.StartsWith("System.Threading.Tasks.Task", StringComparison.Ordinal)
        || m.Returns.StartsWith("System.Threading.Tasks.ValueTask", StringComparison.Ordinal)
        || m.Returns.StartsWith("MemoryClients.Paging.AsyncPageable", StringComparison.Ordinal);

    private static List<string> Violations(Func<ApiMember, bool> breaks) =>
        [.. Members.Value.Where(breaks).Select(m => m.Line)];

    // A parameter whose type is one of the SDK's options bags (not a client's construction options or a callback).
    [GeneratedRegex(@"MemoryClients\.[\w.]*\.?(?<type>\w+(?<!Client)Options)[!?] (?<name>\w+)")]
    private static partial Regex OptionsParameter();

    private static IReadOnlyList<ApiMember> Load()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "MemoryClients");
        return [.. new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }
            .Select(name => Path.Combine(folder, name))
            .Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(ApiMember.Parse)];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MemoryClients.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("MemoryClients.sln was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>One line of a public API file: the declaring type, the member name, its parameters and what it returns.</summary>
    private sealed record ApiMember(string Line, string Type, string Name, string Parameters, string Returns, bool IsMethod)
    {
        public bool IsOperator =>
            Name.StartsWith("operator", Exact) || Name is "Equals" or "GetHashCode" or "ToString" or "PrintMembers" or "Deconstruct";

        // Records' compiler-written members (copy constructors, equality) take other/original/left/right.
        public bool IsRecordMember => IsOperator || Name == Type[(Type.LastIndexOf('.') + 1)..];

        // The raw layer (interfaces and wire models) names routes and wire types as the service does.
        public bool IsRawApi => Type.Contains(".Api.", Exact);

        public static ApiMember Parse(string line)
        {
            var text = Regex.Replace(line, @"^(\*REMOVED\*)?((abstract|virtual|override|static|readonly|const|sealed|new) )*", "");
            var arrow = text.LastIndexOf(" -> ", StringComparison.Ordinal);
            var returns = arrow < 0 ? "" : text[(arrow + 4)..];
            var declaration = arrow < 0 ? text : text[..arrow];
            var open = declaration.IndexOf('(', StringComparison.Ordinal);
            var isMethod = open >= 0;
            var path = isMethod ? declaration[..open] : declaration;
            var parameters = isMethod ? declaration[(open + 1)..^1] : "";
            path = Regex.Replace(path, @"\.(get|set|init)$", "");
            var dot = path.LastIndexOf('.');
            return new ApiMember(line, dot < 0 ? "" : path[..dot], dot < 0 ? path : path[(dot + 1)..], parameters, returns, isMethod);
        }
    }
}
