using System.CommandLine;
using System.Text.Json.Nodes;
using MemoryClients.Emulator;
using MemoryClients.Errors;
using MemoryClients.Import;
using MemoryClients.MemMachine;
using MemoryClients.Cli.Mcp;
using MemoryClients.Paging;
using Spectre.Console;

namespace MemoryClients.Cli;

/// <summary>The <c>memory</c> command line: one System.CommandLine tree over the public SDK (<see cref="AsyncMemoryClient"/>).</summary>
internal sealed class CliApp
{
    private readonly Option<string> Provider = new("--provider")
    {
        Description = "The service: mem0 or memmachine",
        DefaultValueFactory = _ => "mem0",
        Recursive = true,
    };

    private readonly Option<string?> BaseUrl = new("--base-url")
    {
        Description = "The API root, e.g. http://127.0.0.1:8700/mem0/ for the emulator (default: the provider's cloud)",
        Recursive = true,
    };

    private readonly Option<FileInfo?> ApiKeyFile = new("--api-key-file")
    {
        Description = "Read the API key from this file (default: MEM0_API_KEY or MEMMACHINE_API_KEY)",
        Recursive = true,
    };

    private readonly Option<string?> Project = new("--project")
    {
        Description = "MemMachine project id (default: the default project; universal when self-hosted)",
        Recursive = true,
    };

    private readonly Option<string> Deployment = new("--deployment")
    {
        Description = "MemMachine: cloud (needs a key) or self-hosted (a server of your own or the emulator; no key needed)",
        DefaultValueFactory = _ => "cloud",
        Recursive = true,
    };

    private readonly Option<string?> Org = new("--org")
    {
        Description = "Self-hosted MemMachine: the organisation id (default: universal)",
        Recursive = true,
    };

    private readonly Option<bool> AllowInsecureHttp = new("--allow-insecure-http")
    {
        Description = "Allow a plain http:// --base-url on another machine (the key then travels unencrypted)",
        Recursive = true,
    };

    private readonly Option<bool> Json = new("--json")
    {
        Description = "Write one JSON object per line instead of a table",
        Recursive = true,
    };

    private readonly Option<string?> User = new("--user") { Description = "Scope: user id" };
    private readonly Option<string?> Agent = new("--agent") { Description = "Scope: agent id" };
    private readonly Option<string?> App = new("--app") { Description = "Scope: app id" };
    private readonly Option<string?> Run = new("--run") { Description = "Scope: run id" };

    private readonly Option<string[]> Filter = new("--filter")
    {
        Description = "FIELD OP VALUE, e.g. categories~food, created_at>=2024-07-01, metadata.topic=travel (repeatable, ANDed)",
        DefaultValueFactory = _ => [],
    };

    private readonly Option<string[]> Metadata = new("--metadata")
    {
        Description = "KEY=VALUE metadata (repeatable)",
        DefaultValueFactory = _ => [],
    };

    private readonly Option<bool> Yes = new("--yes", "-y") { Description = "Do not ask before deleting more than one memory" };

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        // `memory emulator ...` hands every remaining argument, --help included, to the emulator's own parser.
        if (args.Length > 0 && args[0] == "emulator")
            return await EmulatorProgram.RunAsync(args[1..], context.Output, context.Error, cancellationToken);

        var root = new CliApp().Build(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var message in ParseErrors(parsed)) await context.Error.WriteLineAsync("memory: " + message);
            await context.Error.WriteLineAsync("Run 'memory --help' for usage.");
            return ExitCodes.Usage;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = context.Output, Error = context.Error }, cancellationToken);
    }

    /// <summary>
    /// The parse errors, with tokens the parser did not know reported by us: the value after an unknown option is never
    /// repeated, because it may be a key (<c>--api-key m0-...</c>), and every echoed token is cut to a readable length.
    /// </summary>
    private static List<string> ParseErrors(ParseResult parsed)
    {
        var unmatched = parsed.UnmatchedTokens;
        var messages = new List<string>();
        var keyLike = false;
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            if (!token.StartsWith('-') || token == "-")
            {
                messages.Add($"unexpected argument {TerminalText.Quote(token)}.");
                continue;
            }
            var name = token.Split('=', 2)[0];
            var hasValue = name.Length < token.Length || (i + 1 < unmatched.Count && !unmatched[i + 1].StartsWith('-'));
            if (name.Length == token.Length && hasValue) i++;
            messages.Add($"unknown option {TerminalText.Quote(name)}{(hasValue ? " (its value is not shown)" : "")}.");
            keyLike |= name.Contains("key", StringComparison.OrdinalIgnoreCase) || name.Contains("token", StringComparison.OrdinalIgnoreCase)
                || name.Contains("secret", StringComparison.OrdinalIgnoreCase) || name.Contains("password", StringComparison.OrdinalIgnoreCase);
        }
        if (keyLike)
        {
            messages.Add("A key is never given on the command line, where other users can see it in the process list and it stays in the shell history: "
                + "set MEM0_API_KEY or MEMMACHINE_API_KEY, or pass --api-key-file PATH.");
        }
        // The parser's own message for an unknown token repeats it: ours above replaces it.
        messages.AddRange(parsed.Errors
            .Where(e => !unmatched.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal)))
            .Select(e => TerminalText.Safe(e.Message.Length <= 300 ? e.Message : e.Message[..300] + "…")));
        return messages;
    }

    private RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Work with Mem0 or MemMachine memories from the command line.");
        root.Options.Add(Provider);
        root.Options.Add(BaseUrl);
        root.Options.Add(ApiKeyFile);
        root.Options.Add(Project);
        root.Options.Add(Deployment);
        root.Options.Add(Org);
        root.Options.Add(AllowInsecureHttp);
        root.Options.Add(Json);
        Provider.AcceptOnlyFromAmong("mem0", "memmachine");
        Deployment.AcceptOnlyFromAmong("cloud", "self-hosted");

        root.Subcommands.Add(AddCommand(context));
        root.Subcommands.Add(SearchCommand(context));
        root.Subcommands.Add(ListCommand(context));
        root.Subcommands.Add(GetCommand(context));
        root.Subcommands.Add(UpdateCommand(context));
        root.Subcommands.Add(DeleteCommand(context));
        root.Subcommands.Add(DeleteAllCommand(context));
        root.Subcommands.Add(HistoryCommand(context));
        root.Subcommands.Add(ExportCommand(context));
        root.Subcommands.Add(ImportCommand(context));
        root.Subcommands.Add(ProjectsCommand(context));
        root.Subcommands.Add(EventsCommand(context));
        root.Subcommands.Add(new Command("emulator", "Run the local Mem0 + MemMachine emulator in the foreground (memory emulator --help lists its options)"));
        root.Subcommands.Add(McpCommand.Create(context, CreateClient, Guard));
        return root;
    }

    private void AddScope(Command command)
    {
        command.Options.Add(User);
        command.Options.Add(Agent);
        command.Options.Add(App);
        command.Options.Add(Run);
    }

    private MemoryScope Scope(ParseResult parsed, bool required)
    {
        var scope = new MemoryScope
        {
            UserId = ScopeId(User.Name, parsed.GetValue(User)),
            AgentId = ScopeId(Agent.Name, parsed.GetValue(Agent)),
            AppId = ScopeId(App.Name, parsed.GetValue(App)),
            RunId = ScopeId(Run.Name, parsed.GetValue(Run)),
        };
        if (required && scope.IsEmpty) throw new UsageException("Give a scope: at least one of --user, --agent, --app or --run.");
        return scope;
    }

    /// <summary>The value of a scope flag, checked by the SDK's rules (checked again there) but reported in terms of the flag.</summary>
    internal static string? ScopeId(string flag, string? value)
    {
        if (value is null) return null;
        if (string.IsNullOrWhiteSpace(value)) throw new UsageException($"{flag} must not be empty.");
        Usage(() => MemoryIds.CheckLength(value, flag));
        if (value.Trim() == "*")
        {
            throw new UsageException($"{flag} '*' is refused: Mem0 reads '*' as \"every one\", so it is never a scope id, "
                + "and no memory command acts on every user at once.");
        }
        return value;
    }

    /// <summary>Runs an SDK check and reports its <see cref="ArgumentException"/> as a usage error, prefixed with the flag when given.</summary>
    private static void Usage(Action check, string? flag = null)
    {
        try
        {
            check();
        }
        catch (ArgumentException e)
        {
            throw new UsageException((flag is null ? "" : flag + ": ") + PlainMessage(e));
        }
    }

    /// <summary>An <see cref="ArgumentException"/>'s message without the " (Parameter 'x')" that names an SDK parameter.</summary>
    internal static string PlainMessage(ArgumentException e) =>
        e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;

    private static Dictionary<string, string>? KeyValues(string[] pairs)
    {
        if (pairs.Length == 0) return null;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) throw new UsageException($"--metadata '{pair}': expected KEY=VALUE.");
            result[pair[..equals]] = pair[(equals + 1)..];
        }
        return result;
    }

    /// <summary>
    /// The unified client for the chosen provider, address, key and project. A key is demanded where the target needs one:
    /// always for Mem0 (its API and the emulator's require the header), and for MemMachine's cloud; a self-hosted MemMachine
    /// (or the emulator reached as one) needs none, and gets the key only when one is given.
    /// </summary>
    internal AsyncMemoryClient CreateClient(ParseResult parsed, CliContext context)
    {
        var provider = parsed.GetValue(Provider) == "memmachine" ? MemoryProvider.MemMachine : MemoryProvider.Mem0;
        var selfHosted = parsed.GetValue(Deployment) == "self-hosted";
        var org = parsed.GetValue(Org);
        if (provider == MemoryProvider.Mem0 && (selfHosted || org is not null))
            throw new UsageException("--deployment and --org apply to --provider memmachine only.");
        if (org is not null && !selfHosted)
            throw new UsageException("--org applies to --deployment self-hosted only: MemMachine's cloud takes the organisation from the API key.");
        var key = ApiKey(parsed, context, provider);
        if (key is null && provider == MemoryProvider.Mem0)
            throw new UsageException("No Mem0 API key: set MEM0_API_KEY or pass --api-key-file PATH (the emulator accepts any key).");
        if (key is null && !selfHosted)
        {
            throw new UsageException("No MemMachine API key: MemMachine's cloud needs one. Set MEMMACHINE_API_KEY or pass --api-key-file PATH; "
                + "a server without authentication (your own MemMachine, or the emulator) needs none: add --deployment self-hosted.");
        }
        var allowInsecure = parsed.GetValue(AllowInsecureHttp);
        var options = new MemoryClientOptions
        {
            Provider = provider,
            ApiKey = key,
            BaseAddress = BaseAddress(parsed.GetValue(BaseUrl), allowInsecure),
            AllowInsecureHttp = allowInsecure,
            ProjectId = provider == MemoryProvider.MemMachine ? parsed.GetValue(Project) : null,
            Deployment = selfHosted ? MemMachineDeployment.SelfHosted : MemMachineDeployment.Cloud,
            OrgId = org,
        };
        try
        {
            return new AsyncMemoryClient(options);
        }
        catch (ArgumentException e)
        {
            // The options are the flags: the SDK's messages name its settings, ours name the flags they came from.
            var message = PlainMessage(e).Replace("Invalid MemoryClientOptions: ", "", StringComparison.Ordinal);
            foreach (var (setting, flag) in SettingFlags) message = message.Replace(setting, flag, StringComparison.Ordinal);
            throw new UsageException(message);
        }
    }

    /// <summary>The SDK settings the client options set from flags, and those flags.</summary>
    private static readonly (string Setting, string Flag)[] SettingFlags =
    [
        ("ProjectId", "--project"),
        ("ProjectId", "--project"),
        ("OrgId", "--org"),
        ("BaseAddress", "--base-url"),
    ];

    /// <summary>The key from <c>--api-key-file</c>, else from the provider's environment variable; null when there is none.</summary>
    private string? ApiKey(ParseResult parsed, CliContext context, MemoryProvider provider)
    {
        var keyFile = parsed.GetValue(ApiKeyFile);
        string? key;
        if (keyFile is not null)
        {
            if (!keyFile.Exists) throw new UsageException($"--api-key-file {TerminalText.Quote(keyFile.FullName)} does not exist.");
            key = File.ReadAllText(keyFile.FullName).Trim();
        }
        else
        {
            key = context.Environment(provider == MemoryProvider.MemMachine ? "MEMMACHINE_API_KEY" : "MEM0_API_KEY");
        }
        return string.IsNullOrWhiteSpace(key) ? null : key;
    }

    private static Uri? BaseAddress(string? text, bool allowInsecure)
    {
        if (text is null) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new UsageException($"--base-url {TerminalText.Quote(text)} is not an absolute http or https URL.");
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
            throw new UsageException($"--base-url {TerminalText.Quote(text)} must not have a query or fragment: request paths are added to it.");
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback && !allowInsecure)
        {
            throw new UsageException($"--base-url {TerminalText.Quote(text)} is plain http to another machine, which would send the API key unencrypted: "
                + "use https, or add --allow-insecure-http.");
        }
        // Paths are relative to the base address, so it must end with a slash for its last segment to count.
        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    /// <summary>Runs a command body and turns each kind of failure into its exit code and a one-line message.</summary>
    internal static async Task<int> Guard(CliContext context, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("memory: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (MemoryNotFoundException e)
        {
            return await Fail(context, ExitCodes.NotFound, e.Message);
        }
        catch (MemoryAuthenticationException e)
        {
            return await Fail(context, ExitCodes.Auth, e.Message);
        }
        catch (MemoryValidationException e)
        {
            return await Fail(context, ExitCodes.Usage, e.Message);
        }
        catch (MemoryApiException e)
        {
            return await Fail(context, ExitCodes.Server, e.Message);
        }
        catch (ArgumentException e)
        {
            return await Fail(context, ExitCodes.Usage, PlainMessage(e));
        }
        catch (Exception e) when (e is UsageException or NotSupportedException)
        {
            return await Fail(context, ExitCodes.Usage, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await Fail(context, ExitCodes.FileError, e.Message);
        }
    }

    /// <summary>Writes the one-line error; a service's message can carry memory text, so it is made safe for a terminal.</summary>
    private static async Task<int> Fail(CliContext context, int code, string message)
    {
        await context.Error.WriteLineAsync("memory: " + TerminalText.Safe(message));
        return code;
    }

    /// <summary>Asks before a delete of more than one memory; <c>--yes</c> answers for the user.</summary>
    private async Task<bool> ConfirmAsync(CliContext context, ParseResult parsed, string question)
    {
        if (parsed.GetValue(Yes)) return true;
        await context.Error.WriteAsync($"{TerminalText.Safe(question)} [y/N] ");
        await context.Error.FlushAsync();
        var answer = await context.Input.ReadLineAsync();
        if (answer is null) await context.Error.WriteLineAsync();
        var confirmed = answer?.Trim().ToUpperInvariant() is "Y" or "YES";
        if (!confirmed) await context.Error.WriteLineAsync("Nothing deleted" + (answer is null ? " (no answer; pass --yes to delete without asking)." : "."));
        return confirmed;
    }

    /// <summary>Walks every page, reporting the count as it grows (<see cref="CliProgress"/>; the total when the service gives one).</summary>
    private static Task<int> WalkAsync<T>(CliContext context, string label, AsyncPageable<T> pages, int? limit, Action<T> each, CancellationToken cancellationToken) =>
        CliProgress.RunAsync(context, label, null, async progress =>
        {
            var count = 0;
            await foreach (var page in pages.AsPages(cancellationToken: cancellationToken))
            {
                if (page.TotalCount is { } total) progress.SetTotal(limit is { } most ? Math.Min(most, total) : total);
                foreach (var item in page.Items)
                {
                    each(item);
                    progress.Report(++count);
                    if (count == limit) return count;
                }
            }
            return count;
        });

    private Command AddCommand(CliContext context)
    {
        var text = new Argument<string[]>("text")
        {
            Description = "What to remember (the words are joined); - or nothing with a pipe reads it from standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var role = new Option<string>("--role") { Description = "Message role: user, assistant or system", DefaultValueFactory = _ => "user" };
        role.AcceptOnlyFromAmong("user", "assistant", "system");
        var noInfer = new Option<bool>("--no-infer") { Description = "Store the text verbatim instead of letting the service extract facts" };
        var command = new Command("add", "Add a memory") { text, role, noInfer, Metadata };
        AddScope(command);
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            var scope = Scope(parsed, required: true);
            var content = await AddTextAsync(context, parsed.GetValue(text) ?? [], ct);
            using var client = CreateClient(parsed, context);
            var message = new MemoryMessage(parsed.GetRequiredValue(role), content);
            var result = await client.AddAsync([message], scope, new MemoryAddOptions
            {
                Metadata = KeyValues(parsed.GetRequiredValue(Metadata)),
                Infer = parsed.GetValue(noInfer) ? false : null,
            }, ct);
            var json = new JsonObject
            {
                ["ids"] = new JsonArray([.. result.Ids.Select(id => (JsonNode?)id)]),
                ["event_id"] = result.EventId,
                ["pending"] = result.IsPending,
            };
            var summary = result.Ids.Count > 0
                ? $"Added {result.Ids.Count} memor{(result.Ids.Count == 1 ? "y" : "ies")}: {string.Join(", ", result.Ids)}"
                : $"Accepted; the service is processing it (event {result.EventId}).";
            new RecordOutput(context, parsed.GetValue(Json)).Message(summary, json);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The words given, or standard input when the text is <c>-</c> or when none is given and input is piped.</summary>
    private static async Task<string> AddTextAsync(CliContext context, string[] words, CancellationToken cancellationToken)
    {
        string text;
        if (words is ["-"] || (words.Length == 0 && context.InputRedirected))
            text = (await context.Input.ReadToEndAsync(cancellationToken)).TrimEnd('\r', '\n');
        else if (words.Length == 0)
            throw new UsageException("Give the text to remember, or - to read it from standard input.");
        else
            text = string.Join(' ', words);
        return string.IsNullOrWhiteSpace(text) ? throw new UsageException("The text to remember is empty.") : text;
    }

    private Command SearchCommand(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "What to look for" };
        var topK = new Option<int?>("--top-k") { Description = "At most this many results (1..1000)" };
        var threshold = new Option<double?>("--threshold") { Description = "Minimum relevance score" };
        var command = new Command("search", "Search memories by meaning") { query, topK, threshold, Filter };
        AddScope(command);
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            var scope = Scope(parsed, required: true);
            var options = new MemorySearchOptions
            {
                TopK = parsed.GetValue(topK),
                Threshold = parsed.GetValue(threshold),
                Filter = FilterSyntax.Parse(parsed.GetRequiredValue(Filter)),
            };
            using var client = CreateClient(parsed, context);
            var hits = await client.SearchAsync(parsed.GetRequiredValue(query), scope, options, ct);
            new RecordOutput(context, parsed.GetValue(Json)).Records(hits, withScore: true);
            return ExitCodes.Success;
        }));
        return command;
    }

    private Command ListCommand(CliContext context)
    {
        var pageSize = new Option<int?>("--page-size") { Description = "Memories per request (1..200)" };
        var limit = new Option<int?>("--limit") { Description = "Stop after this many memories" };
        var command = new Command("list", "List memories, every page") { Filter, pageSize, limit };
        AddScope(command);
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            var scope = Scope(parsed, required: true);
            var options = new MemoryListOptions { PageSize = parsed.GetValue(pageSize), Filter = FilterSyntax.Parse(parsed.GetRequiredValue(Filter)) };
            if (parsed.GetValue(limit) is < 1) throw new UsageException("--limit must be at least 1.");
            using var client = CreateClient(parsed, context);
            var output = new RecordOutput(context, parsed.GetValue(Json));
            var records = new List<MemoryRecord>();
            // JSON lines stream as they arrive; a table needs every row first.
            await WalkAsync(context, "Listing memories", client.ListAsync(scope, options, ct), parsed.GetValue(limit),
                record =>
                {
                    if (output.Json) output.Line(RecordOutput.ToJson(record));
                    else records.Add(record);
                }, ct);
            if (!output.Json) output.Records(records);
            return ExitCodes.Success;
        }));
        return command;
    }

    private Command GetCommand(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The memory id" };
        var command = new Command("get", "Show one memory") { id };
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            var target = Id(parsed.GetRequiredValue(id));
            using var client = CreateClient(parsed, context);
            if (!client.Capabilities.CanGet)
                throw new UsageException($"{client.Provider} has no get by id; list the memory instead: memory list --user USER --filter uid={TerminalText.Safe(target)}");
            var record = await client.GetAsync(target, ct);
            new RecordOutput(context, parsed.GetValue(Json)).Records([record]);
            return ExitCodes.Success;
        }));
        return command;
    }

    private Command UpdateCommand(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The memory id" };
        var text = new Option<string?>("--text") { Description = "The new text" };
        var command = new Command("update", "Change a memory's text or metadata") { id, text, Metadata };
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            var update = new MemoryUpdateOptions { Text = parsed.GetValue(text), Metadata = KeyValues(parsed.GetRequiredValue(Metadata)) };
            if (update.Text is null && update.Metadata is null) throw new UsageException("Give --text, --metadata or both.");
            var target = Id(parsed.GetRequiredValue(id));
            using var client = CreateClient(parsed, context);
            if (!client.Capabilities.CanUpdate)
                throw new UsageException($"{client.Provider} cannot change a memory; delete it (memory delete ID) and add the corrected text (memory add).");
            var record = await client.UpdateAsync(target, update, ct);
            new RecordOutput(context, parsed.GetValue(Json)).Records([record]);
            return ExitCodes.Success;
        }));
        return command;
    }

    private Command DeleteCommand(CliContext context)
    {
        var ids = new Argument<string[]>("id") { Description = "The memory ids", Arity = ArgumentArity.OneOrMore };
        var command = new Command("delete", "Delete memories by id (asks first when there is more than one)") { ids, Yes };
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            var targets = parsed.GetRequiredValue(ids).Select(Id).Distinct(StringComparer.Ordinal).ToList();
            if (targets.Count > 1 && !await ConfirmAsync(context, parsed, $"Delete {targets.Count} memories?")) return ExitCodes.Failure;
            using var client = CreateClient(parsed, context);
            var output = new RecordOutput(context, parsed.GetValue(Json));
            foreach (var target in targets)
            {
                await client.DeleteAsync(target, ct);
                output.Message($"Deleted {target}", new JsonObject { ["deleted"] = target });
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private Command DeleteAllCommand(CliContext context)
    {
        var command = new Command("delete-all", "Delete every memory of a scope (asks first)") { Yes };
        AddScope(command);
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            var scope = Scope(parsed, required: true);
            var who = string.Join(", ", new[] { ("user", scope.UserId), ("agent", scope.AgentId), ("app", scope.AppId), ("run", scope.RunId) }
                .Where(p => p.Item2 is not null).Select(p => $"{p.Item1} {p.Item2}"));
            if (!await ConfirmAsync(context, parsed, $"Delete every memory of {who}?")) return ExitCodes.Failure;
            using var client = CreateClient(parsed, context);
            await client.DeleteAllAsync(scope, ct);
            new RecordOutput(context, parsed.GetValue(Json)).Message($"Deleted every memory of {who}.", new JsonObject { ["deleted_all"] = who });
            return ExitCodes.Success;
        }));
        return command;
    }

    private Command HistoryCommand(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The memory id" };
        var command = new Command("history", "Show how a Mem0 memory changed") { id };
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            var target = Id(parsed.GetRequiredValue(id));
            using var client = CreateClient(parsed, context);
            var entries = await RequireMem0(client, "history").HistoryAsync(target, ct);
            new RecordOutput(context, parsed.GetValue(Json)).Rows(entries, ["Event", "Old", "New", "When"],
                e => [e.Event?.ToString(), e.OldMemory, e.NewMemory, e.CreatedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture)]);
            return ExitCodes.Success;
        }));
        return command;
    }

    private Command ExportCommand(CliContext context)
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Write every memory of a scope as JSON lines, exactly as the service returns them") { Filter, output };
        AddScope(command);
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            var scope = Scope(parsed, required: true);
            var options = new MemoryListOptions { Filter = FilterSyntax.Parse(parsed.GetRequiredValue(Filter)) };
            using var client = CreateClient(parsed, context);
            var file = parsed.GetValue(output);
            if (file is null)
            {
                var count = await WalkAsync(context, "Exporting memories", client.ListAsync(scope, options, ct), null,
                    record => context.Output.WriteLine(CliJson.Write(record.Raw)), ct);
                await context.Error.WriteLineAsync($"Exported {Memories(count)}.");
            }
            else
            {
                int count;
                try
                {
                    // Disposed (flushed) before success is claimed: a full disk fails here, not after the message.
                    await using var writer = new StreamWriter(file.FullName);
                    count = await WalkAsync(context, "Exporting memories", client.ListAsync(scope, options, ct), null,
                        record => writer.WriteLine(CliJson.Write(record.Raw)), ct);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new IOException($"Could not write {TerminalText.Quote(file.FullName)}: {e.Message} The export is incomplete.", e);
                }
                await context.Error.WriteLineAsync($"Exported {Memories(count)} to {TerminalText.Safe(file.FullName)}.");
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private Command ImportCommand(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "JSON lines or CSV to import; - reads standard input" };
        var format = new Option<string?>("--format") { Description = "jsonl or csv (default: csv for a .csv file, else jsonl)" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var role = new Option<string>("--role") { Description = "Role of a line's text when the line gives none: user, assistant or system", DefaultValueFactory = _ => "user" };
        role.AcceptOnlyFromAmong("user", "assistant", "system");
        var noInfer = new Option<bool>("--no-infer") { Description = "Store each text verbatim unless its line sets infer" };
        var concurrency = new Option<int>("--concurrency") { Description = "Adds in flight at once (1..64); fewer while the service throttles", DefaultValueFactory = _ => 4 };
        var failed = new Option<FileInfo?>("--failed")
        {
            Description = "Where to list the items not stored for certain, as JSON lines (default: FILE with .failed.jsonl, next to it; import.failed.jsonl for -)",
        };
        var command = new Command("import", "Add every memory of a JSON lines or CSV file, a few at a time, with progress")
            { file, format, role, noInfer, Metadata, concurrency, failed };
        AddScope(command);
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            var path = parsed.GetRequiredValue(file);
            var workers = parsed.GetValue(concurrency);
            if (workers is < 1 or > MemoryImportOptions.MaxConcurrencyLimit)
                throw new UsageException($"--concurrency must be from 1 to {MemoryImportOptions.MaxConcurrencyLimit}.");
            var defaults = new ImportDefaults(Scope(parsed, required: false), parsed.GetRequiredValue(role),
                KeyValues(parsed.GetRequiredValue(Metadata)), parsed.GetValue(noInfer) ? false : null);
            var csv = (parsed.GetValue(format) ?? (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "jsonl")) == "csv";
            var failedFile = parsed.GetValue(failed)?.FullName
                ?? (path == "-" ? Path.GetFullPath("import.failed.jsonl") : Path.ChangeExtension(Path.GetFullPath(path), ".failed.jsonl"));
            List<ImportLine> lines;
            if (path == "-")
            {
                lines = ImportSource.Read(context.Input, csv, defaults);
            }
            else
            {
                using var reader = File.OpenText(path);
                lines = ImportSource.Read(reader, csv, defaults);
            }
            using var client = CreateClient(parsed, context);
            var result = await CliProgress.RunAsync(context, "Importing", lines.Count, progress =>
                client.ImportAsync([.. lines.Select(l => l.Item)], new MemoryImportOptions { MaxConcurrency = workers }, progress.ForImport(), ct));
            var notStored = WriteNotStored(failedFile, lines, result);
            ReportImport(context, parsed.GetValue(Json), lines.Count, result, notStored, failedFile);
            return result.IsCancelled ? ExitCodes.Cancelled : notStored > 0 ? ExitCodes.NotAllStored : ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// Lists every item not stored for certain in <paramref name="path"/>, one JSON line each in the import format with the
    /// input line, a status (<c>failed</c>, <c>may_have_been_stored</c>, <c>not_sent</c>) and the error; writes nothing
    /// when every item was stored. Returns how many items it listed.
    /// </summary>
    private static int WriteNotStored(string path, List<ImportLine> lines, MemoryImportResult result)
    {
        var entries = result.Failed.Select(f => (f.Index, Status: "failed", Error: (string?)ErrorText(f.Error)))
            .Concat(result.MayHaveBeenStored.Select(f => (f.Index, Status: "may_have_been_stored", Error: (string?)ErrorText(f.Error))))
            .Concat(result.NotSent.Select(f => (f.Index, Status: "not_sent", Error: (string?)"cancelled before it was sent again")))
            .Concat(Enumerable.Range((int)result.Read, lines.Count - (int)result.Read).Select(i => ((long)i, Status: "not_sent", Error: (string?)"cancelled before it was read")))
            .OrderBy(e => e.Item1)
            .ToList();
        if (entries.Count == 0) return 0;
        try
        {
            using var writer = new StreamWriter(path);
            foreach (var (index, status, error) in entries)
            {
                var line = lines[(int)index];
                var head = new JsonObject { ["line"] = line.Line, ["status"] = status, ["error"] = error };
                writer.WriteLine(CliJson.Write(ImportSource.ToJson(line.Item, head)));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Could not write {TerminalText.Quote(path)}: {e.Message} {entries.Count} items were not stored for certain and are listed nowhere else.", e);
        }
        return entries.Count;
    }

    private static string ErrorText(Exception error) => error is ArgumentException argument ? PlainMessage(argument) : error.Message;

    private static void ReportImport(CliContext context, bool json, int total, MemoryImportResult result, int notStored, string failedFile)
    {
        var summary = new JsonObject
        {
            ["total"] = total,
            ["stored"] = result.Stored,
            ["failed"] = result.Failed.Count,
            ["may_have_been_stored"] = result.MayHaveBeenStored.Count,
            ["not_sent"] = total - result.Stored - result.Failed.Count - result.MayHaveBeenStored.Count,
            ["throttled"] = result.Throttled,
            ["cancelled"] = result.IsCancelled,
            ["not_stored_file"] = notStored > 0 ? failedFile : null,
        };
        if (json)
        {
            context.Output.WriteLine(CliJson.Write(summary));
            return;
        }
        var text = new System.Text.StringBuilder(result.IsCancelled ? "Cancelled: " : "")
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"imported {result.Stored:N0} of {total:N0} memories");
        if (result.Failed.Count > 0) text.Append(System.Globalization.CultureInfo.InvariantCulture, $"; {result.Failed.Count:N0} failed");
        if (result.MayHaveBeenStored.Count > 0)
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"; {result.MayHaveBeenStored.Count:N0} may have been stored (check before sending them again)");
        if (result.Throttled > 0) text.Append(System.Globalization.CultureInfo.InvariantCulture, $"; the service throttled {result.Throttled:N0} adds, sent again later");
        text.Append('.');
        if (notStored > 0) text.Append(System.Globalization.CultureInfo.InvariantCulture, $" The {notStored:N0} items not stored for certain are listed in {failedFile}.");
        context.Error.WriteLine(TerminalText.Safe(char.ToUpperInvariant(text[0]) + text.ToString(1, text.Length - 1)));
    }

    private Command ProjectsCommand(CliContext context)
    {
        var command = new Command("projects", "MemMachine: list projects; Mem0: show the key's project");
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            using var client = CreateClient(parsed, context);
            var output = new RecordOutput(context, parsed.GetValue(Json));
            if (client.MemMachine is { } memMachine)
            {
                var projects = await memMachine.ListProjectsAsync(ct);
                output.Rows(projects, ["Project", "Org", "Description"], p => [p.ProjectId, p.OrgId, p.Description]);
            }
            else
            {
                var project = await RequireMem0(client, "projects").Project.GetAsync(cancellationToken: ct);
                output.Rows([project], ["Project", "Name", "Description"], p => [p.ProjectId, p.Name, p.Description]);
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private Command EventsCommand(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "Show at most this many events, newest first", DefaultValueFactory = _ => 50 };
        var command = new Command("events", "Mem0: list recent background events (adds, deletes, exports)") { limit };
        command.SetAction((parsed, ct) => Guard(context, async () =>
        {
            using var client = CreateClient(parsed, context);
            var max = parsed.GetValue(limit);
            if (max < 1) throw new UsageException("--limit must be at least 1.");
            var events = new List<MemoryClients.Mem0.Api.Mem0Event>();
            await WalkAsync(context, "Listing events", RequireMem0(client, "events").Events.ListAsync(cancellationToken: ct), max, events.Add, ct);
            new RecordOutput(context, parsed.GetValue(Json)).Rows(events, ["Id", "Type", "Status", "Created"],
                e => [e.Id, e.EventType?.ToString(), e.Status?.ToString(), e.CreatedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture)]);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Memories(int count) => count == 1 ? "1 memory" : $"{count} memories";

    /// <summary>A memory id from the command line, refused before any request when it is longer than any id can be.</summary>
    private static string Id(string id)
    {
        Usage(() => MemoryIds.CheckLength(id, "ID"));
        return id;
    }

    private static MemoryClients.Mem0.Mem0Client RequireMem0(AsyncMemoryClient client, string command) =>
        client.Mem0 ?? throw new UsageException($"'{command}' is a Mem0 feature; {client.Provider} has no equivalent.");
}
