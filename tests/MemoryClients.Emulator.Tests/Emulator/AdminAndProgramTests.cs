using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using MemoryClients.Emulator.Faults;
using MemoryClients.Emulator.Tests.Emulator.Support;

namespace MemoryClients.Emulator.Tests.Emulator;

/// <summary>Fault counts that reset per test run, the admin routes, request echo and the command's start-up errors.</summary>
public sealed class AdminAndProgramTests
{
    private static async Task<(MemoryEmulator Emulator, EmulatorApi Root)> StartAsync(MemoryEmulatorOptions? options = null)
    {
        var emulator = await MemoryEmulator.StartAsync(options);
        return (emulator, new EmulatorApi(new HttpClient { BaseAddress = emulator.BaseAddress }));
    }

    private static Task<ApiResponse> PingAsync(EmulatorApi root) => root.GetAsync("mem0/v1/ping/", ("Authorization", "Token secret-key"));

    [Fact]
    public async Task Reset_counts_lets_a_times_limited_rule_fire_again_and_keeps_the_rule()
    {
        var (emulator, root) = await StartAsync(new MemoryEmulatorOptions { Faults = [new FaultRule("GET", "/mem0/v1/ping/", "status=503; times=1")] });
        await using var _ = emulator;
        using var __ = root.Client;

        (await PingAsync(root)).Code.Should().Be(503);
        (await PingAsync(root)).Code.Should().Be(200);

        emulator.Faults.ResetCounts();

        emulator.Faults.Rules.Should().ContainSingle().Which.AppliedCount.Should().Be(0);
        (await PingAsync(root)).Code.Should().Be(503);
        (await PingAsync(root)).Code.Should().Be(200);
    }

    [Fact]
    public async Task Reset_counts_also_forgets_header_fault_uses()
    {
        var (emulator, root) = await StartAsync();
        await using var _ = emulator;
        using var __ = root.Client;
        var fault = (FaultInjector.HeaderName, "status=429; times=1");

        (await root.GetAsync("memmachine/health", fault)).Code.Should().Be(429);
        (await root.GetAsync("memmachine/health", fault)).Code.Should().Be(200);
        emulator.Faults.ResetCounts();
        (await root.GetAsync("memmachine/health", fault)).Code.Should().Be(429);
    }

    [Fact]
    public async Task Admin_fault_reset_route_resets_counts_over_http_and_is_not_logged_or_faulted()
    {
        var (emulator, root) = await StartAsync(new MemoryEmulatorOptions { Faults = [new FaultRule("*", "*", "status=503; times=1")] });
        await using var _ = emulator;
        using var __ = root.Client;

        (await PingAsync(root)).Code.Should().Be(503);
        (await root.PostAsync("_emulator/faults/reset", null)).Code.Should().Be(204);
        (await PingAsync(root)).Code.Should().Be(503);

        emulator.RequestLog.Entries.Select(e => e.Path).Should().Equal("/mem0/v1/ping/", "/mem0/v1/ping/");
    }

    [Fact]
    public async Task Admin_requests_route_returns_the_log_with_credentials_redacted()
    {
        var (emulator, root) = await StartAsync();
        await using var _ = emulator;
        using var __ = root.Client;
        await root.PostAsync("memmachine/v2/projects/list", "{}", (FaultInjector.HeaderName, "status=500"));
        await PingAsync(root);

        var response = await root.Client.GetStringAsync(new Uri("_emulator/requests", UriKind.Relative));

        var entries = JsonNode.Parse(response)!.AsArray();
        entries.Should().HaveCount(2);
        entries[0]!["method"]!.GetValue<string>().Should().Be("POST");
        entries[0]!["path"]!.GetValue<string>().Should().Be("/memmachine/v2/projects/list");
        entries[0]!["body"]!.GetValue<string>().Should().Be("{}");
        entries[0]!["status_code"]!.GetValue<int>().Should().Be(500);
        entries[0]!["fault"]!.GetValue<string>().Should().Be("status=500");
        entries[1]!["sequence"]!.GetValue<long>().Should().Be(2);
        entries[1]!["status_code"]!.GetValue<int>().Should().Be(200);
        entries[1]!["headers"]!["Authorization"]!.GetValue<string>().Should().Be("<redacted>");
        response.Should().NotContain("secret-key");
    }

    [Fact]
    public async Task Admin_reset_route_clears_data_log_and_fault_counts_but_keeps_rules()
    {
        var (emulator, root) = await StartAsync();
        await using var _ = emulator;
        using var __ = root.Client;
        (await root.PostAsync("memmachine/v2/projects", """{"project_id": "kept-until-reset"}""")).Code.Should().Be(201);
        emulator.Faults.Add("GET", "/memmachine/health", "status=503; times=1");
        (await root.GetAsync("memmachine/health")).Code.Should().Be(503);

        (await root.PostAsync("_emulator/reset", null)).Code.Should().Be(204);

        emulator.RequestLog.Count.Should().Be(0);
        emulator.Faults.Rules.Should().ContainSingle();
        (await root.GetAsync("memmachine/health")).Code.Should().Be(503);
        (await root.PostAsync("memmachine/v2/projects/get", """{"project_id": "kept-until-reset"}""")).Code.Should().Be(404);
    }

    [Fact]
    public async Task Unknown_admin_route_is_404()
    {
        var (emulator, root) = await StartAsync();
        await using var _ = emulator;
        using var __ = root.Client;

        (await root.GetAsync("_emulator/nothing")).Code.Should().Be(404);
    }

    [Fact]
    public async Task Request_echo_prints_one_line_per_request_with_its_status()
    {
        var echo = new StringWriter();
        var (emulator, root) = await StartAsync(new MemoryEmulatorOptions { RequestEcho = echo });
        await using var _ = emulator;
        using var __ = root.Client;

        await PingAsync(root);
        await root.GetAsync("memmachine/health", (FaultInjector.HeaderName, "status=429"));

        echo.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "GET /mem0/v1/ping/ -> 200",
            "GET /memmachine/health -> 429 [fault: status=429]");
    }

    [Fact]
    public async Task Unknown_option_exits_with_2_and_says_unknown_option()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = await EmulatorProgram.RunAsync(["--verbose"], output, error, CancellationToken.None);

        code.Should().Be(2);
        error.ToString().Should().Contain("unknown option '--verbose'");
        output.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task Help_exits_with_0_and_prints_the_options()
    {
        var output = new StringWriter();

        (await EmulatorProgram.RunAsync(["--help"], output, TextWriter.Null, CancellationToken.None)).Should().Be(0);

        output.ToString().Should().Contain("--log-requests").And.Contain("/_emulator/reset");
    }

    [Fact]
    public async Task A_busy_port_is_a_one_line_error_and_exit_code_2()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var error = new StringWriter();

        var code = await EmulatorProgram.RunAsync(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], TextWriter.Null, error, CancellationToken.None);

        code.Should().Be(2);
        error.ToString().TrimEnd().Should().Be($"memory-emulator: port {port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one).");
    }

    [Fact]
    public async Task A_data_file_that_is_not_sqlite_is_a_one_line_error_and_exit_code_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"not-sqlite-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(file, "These are notes, not a database. They are long enough to fill a SQLite header page.".PadRight(200, '.'));
        try
        {
            var error = new StringWriter();

            var code = await EmulatorProgram.RunAsync(["--port", "0", "--data", file], TextWriter.Null, error, CancellationToken.None);

            code.Should().Be(2);
            var lines = error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            lines.Should().ContainSingle().Which.Should().StartWith($"memory-emulator: The data file '{file}' is not a SQLite database");
            (await File.ReadAllTextAsync(file)).Should().StartWith("These are notes");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_command_runs_until_cancelled_and_prints_the_addresses()
    {
        using var stop = new CancellationTokenSource();
        var output = new SignallingWriter("Press Ctrl+C", stop);

        var code = await EmulatorProgram.RunAsync(["--port", "0"], output, TextWriter.Null, stop.Token);

        code.Should().Be(0);
        output.ToString().Should().MatchRegex(@"Mem0 base address: +http://127\.0\.0\.1:\d+/mem0/").And.EndWith("Stopped." + Environment.NewLine);
    }

    [Fact]
    public async Task Embeddings_flag_without_an_embedder_names_the_tool_that_has_one_and_exits_with_2()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = await EmulatorProgram.RunAsync(["--port", "0", "--embeddings"], output, error, CancellationToken.None);

        code.Should().Be(2);
        error.ToString().Should().Contain("--embeddings needs the local embedder").And.Contain("memory-emulator-embeddings");
        output.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task Embeddings_flag_ranks_search_by_the_host_embedder_and_disposes_it_on_stop()
    {
        using var stop = new CancellationTokenSource();
        var output = new SignallingWriter("Press Ctrl+C", stop);
        var embedder = new KeywordEmbeddingGenerator();

        var code = await EmulatorProgram.RunAsync(["--port", "0", "--embeddings"], output, TextWriter.Null, () => embedder, stop.Token);

        code.Should().Be(0);
        output.ToString().Should().Contain("Search: ranked by meaning (keyword-test-model)");
        embedder.Disposed.Should().BeTrue();
    }

    [Fact]
    public void Without_the_embeddings_flag_the_embedder_is_never_created()
    {
        var options = CommandLine.Parse(["--port", "0"], TextWriter.Null, () => throw new InvalidOperationException("not asked for"), out var error);

        error.Should().BeNull();
        options!.EmbeddingGenerator.Should().BeNull();
    }

    /// <summary>Cancels a token once a given text has been written: the banner's last line stops the run.</summary>
    private sealed class SignallingWriter(string trigger, CancellationTokenSource stop) : StringWriter
    {
        public override Task WriteLineAsync(string? value)
        {
            var task = base.WriteLineAsync(value);
            if (value?.Contains(trigger, StringComparison.Ordinal) == true) stop.Cancel();
            return task;
        }
    }
}
