using System.CommandLine;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;

namespace MemoryClients.Cli.Mcp;

/// <summary><c>memory mcp --user ID</c>: serves <see cref="MemoryTools"/> over stdio with the Model Context Protocol SDK.</summary>
internal static class McpCommand
{
    public static Command Create(CliContext context, Func<ParseResult, CliContext, AsyncMemoryClient> createClient, Func<CliContext, Func<Task<int>>, Task<int>> guard)
    {
        var user = new Option<string>("--user") { Description = "The user whose memories the tools read and write", Required = true };
        var agent = new Option<string?>("--agent") { Description = "Also confine the tools to this agent id" };
        var command = new Command("mcp", "Serve search, add, list, get and delete as MCP tools over stdio, confined to one user") { user, agent };
        command.SetAction((parsed, ct) => guard(context, async () =>
        {
            var scope = MemoryScope.ForUser(parsed.GetRequiredValue(user));
            if (parsed.GetValue(agent) is { } agentId) scope = scope.AndAgent(agentId);
            using var client = createClient(parsed, context);

            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            // Standard output carries the protocol: every log line goes to standard error.
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
            builder.Services
                .AddMcpServer(o => o.ServerInfo = new Implementation
                {
                    Name = "memory",
                    Title = "MemoryClients memory tools",
                    Version = typeof(McpCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0",
                })
                .WithStdioServerTransport()
                .WithTools(new MemoryTools(client, scope));
            using var host = builder.Build();
            await host.RunAsync(ct);
            return ExitCodes.Success;
        }));
        return command;
    }
}
