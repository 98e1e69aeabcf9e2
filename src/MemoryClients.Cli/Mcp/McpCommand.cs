using System.CommandLine;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MemoryClients.Cli.Mcp;

/// <summary><c>memory mcp --user ID</c>: serves <see cref="MemoryTools"/> over stdio with the Model Context Protocol SDK.</summary>
internal static class McpCommand
{
    public static Command Create(CliContext context, Func<ParseResult, CliContext, AsyncMemoryClient> createClient, Func<CliContext, Func<Task<int>>, Task<int>> guard)
    {
        var user = new Option<string>("--user") { Description = "The user whose memories the tools read and write", Required = true };
        var agent = new Option<string?>("--agent") { Description = "Also confine the tools to this agent id" };
        var verbose = new Option<bool>("--verbose") { Description = "Write the stack trace of each failed tool call to standard error" };
        var command = new Command("mcp", "Serve search_memories, add_memory, list_memories, get_memory and delete_memory as MCP tools over stdio, confined to one user")
        {
            user,
            agent,
            verbose,
        };
        command.SetAction((parsed, ct) => guard(context, async () =>
        {
            var scope = MemoryScope.ForUser(CliApp.ScopeId(user.Name, parsed.GetRequiredValue(user))!);
            if (CliApp.ScopeId(agent.Name, parsed.GetValue(agent)) is { } agentId) scope = scope.AndAgent(agentId);
            using var client = createClient(parsed, context);
            var log = new StderrLog(context.Error, parsed.GetValue(verbose));

            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Logging.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Warning);
            builder.Services
                .AddMcpServer(o => o.ServerInfo = new Implementation
                {
                    Name = "memory",
                    Title = "MemoryClients memory tools",
                    Version = typeof(McpCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0",
                })
                .WithStdioServerTransport()
                .WithMessageFilters(filters => filters.AddIncomingFilter(RefuseBeforeInitialize))
                .WithRequestFilters(filters => filters.AddCallToolFilter(new ToolErrors(log).Filter))
                .WithTools(new MemoryTools(client, scope));
            using var host = builder.Build();
            await host.RunAsync(ct);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// Answers a request that comes before the <c>initialize</c> handshake with an error instead of serving it. A request
    /// of a protocol revision without the handshake (2026-07-28 on) carries its version in its own metadata and is served.
    /// </summary>
    private static McpMessageHandler RefuseBeforeInitialize(McpMessageHandler next) => async (context, cancellationToken) =>
    {
        if (context.JsonRpcMessage is JsonRpcRequest request
            && request.Method is not (RequestMethods.Initialize or RequestMethods.Ping or RequestMethods.ServerDiscover)
            && context.Server.NegotiatedProtocolVersion is null
            && request.Context?.ProtocolVersion is null)
        {
            throw new McpProtocolException($"'{request.Method}' before 'initialize': send the initialize request first.", McpErrorCode.InvalidRequest);
        }
        await next(context, cancellationToken);
    };
}
