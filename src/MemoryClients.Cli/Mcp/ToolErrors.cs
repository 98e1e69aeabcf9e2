using System.Globalization;
using System.Text.Json;
using MemoryClients.Errors;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MemoryClients.Cli.Mcp;

/// <summary>
/// Turns every failed tool call into a tool error the model can act on (what was wrong, or that the service failed and
/// when to try again) and one short warning line on standard error. Nothing reaches the MCP SDK's own handler, which
/// would answer "An error occurred" and log a stack trace per call.
/// </summary>
internal sealed class ToolErrors(StderrLog log)
{
    private const int MaxArgumentEcho = 40;

    /// <summary>The call-tool filter.</summary>
    public McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (request, cancellationToken) =>
        {
            try
            {
                return await next(request, cancellationToken);
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                var tool = request.Params?.Name ?? "?";
                var (answer, reason) = Describe(e, tool);
                log.Warn($"{tool}({Arguments(request.Params?.Arguments)}) failed: {reason}", e);
                return new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = answer }] };
            }
        };

    /// <summary>What the model is told, and the short reason for the log.</summary>
    private static (string Answer, string Reason) Describe(Exception e, string tool) => e switch
    {
        ToolFailureException => (e.Message, e.Message == MemoryTools.NotFound ? "not found or outside the scope" : e.Message),
        MemoryNotFoundException => (MemoryTools.NotFound, "not found"),
        ArgumentException a => ("Invalid argument: " + CliApp.PlainMessage(a), "invalid argument"),
        JsonException => ("Invalid argument: an argument has the wrong JSON type; see the tool's input schema.", "invalid argument"),
        MemoryAuthenticationException a => (
            $"The memory service refused this server's API key ({Status(a)}). Retrying will not help: the server's configuration must change.", Status(a)),
        MemoryValidationException v => (
            $"The memory service rejected the request ({Status(v)}): {Cut(v.ServiceMessage ?? v.Message, 300)} Change the arguments; the same call will fail again.",
            Status(v)),
        MemoryApiException api => (
            $"The memory service failed ({Status(api)}). Try again later."
                + (api.RequestMayHaveBeenProcessed && tool == "add_memory" ? " The memory may have been stored anyway: search for it before adding it again." : ""),
            Status(api)),
        _ => ("The memory tool failed unexpectedly. Try again later.", $"{e.GetType().Name}: {Cut(e.Message, 200)}"),
    };

    private static string Status(MemoryApiException e) =>
        e.StatusCode is { } status ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}") : e.ErrorCode;

    /// <summary>The call's arguments for the log, each value cut to a few characters with its length.</summary>
    private static string Arguments(IDictionary<string, JsonElement>? arguments) => arguments is null ? "" : string.Join(", ",
        arguments.Select(a => $"{a.Key}={TerminalText.Quote(a.Value.ValueKind == JsonValueKind.String ? a.Value.GetString()! : a.Value.GetRawText())}"));

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
