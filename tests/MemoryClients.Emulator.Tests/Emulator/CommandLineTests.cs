using MemoryClients.Emulator.Faults;

namespace MemoryClients.Emulator.Tests.Emulator;

public sealed class CommandLineTests
{
    [Fact]
    public void Options_are_parsed_from_the_documented_flags()
    {
        var options = CommandLine.Parse(
            ["--port", "8701", "--data", "dev.db", "--mem0-key", "m", "--memmachine-key", "mm", "--fault", "POST /mem0/v3/memories/add/ status=503; times=1"],
            TextWriter.Null, out var error);

        error.Should().BeNull();
        options!.Port.Should().Be(8701);
        options.DataFile.Should().Be("dev.db");
        options.Mem0ApiKey.Should().Be("m");
        options.MemMachineApiKey.Should().Be("mm");
        var rule = options.Faults.Should().ContainSingle().Subject;
        rule.Method.Should().Be("POST");
        rule.PathPattern.Should().Be("/mem0/v3/memories/add/");
        rule.Fault.Status.Should().Be(503);
        rule.Fault.Times.Should().Be(1);
        rule.AppliedCount.Should().Be(0);
    }

    [Fact]
    public void Defaults_use_port_8700_in_memory()
    {
        var options = CommandLine.Parse([], TextWriter.Null, out var error);

        error.Should().BeNull();
        options!.Port.Should().Be(8700);
        options.DataFile.Should().BeNull();
        options.Faults.Should().BeEmpty();
        options.RequestEcho.Should().BeNull();
    }

    [Fact]
    public void Log_requests_is_a_flag_that_echoes_to_the_given_writer()
    {
        var output = new StringWriter();

        var options = CommandLine.Parse(["--log-requests", "--port", "0"], output, out var error);

        error.Should().BeNull();
        options!.RequestEcho.Should().BeSameAs(output);
        options.Port.Should().Be(0);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--bogus", "x")]
    [InlineData("8700")]
    public void Unknown_options_are_named_as_such(params string[] args)
    {
        CommandLine.Parse(args, TextWriter.Null, out var error).Should().BeNull();
        error.Should().Be($"unknown option '{args[0]}'.");
    }

    [Fact]
    public void Allowed_hosts_and_request_log_limits_are_parsed()
    {
        var options = CommandLine.Parse(
            ["--allowed-hosts", "memory.test, dev.local", "--request-log-max-entries", "50", "--request-log-max-body", "4096"],
            TextWriter.Null, out var error);

        error.Should().BeNull();
        options!.AllowedHosts.Should().Equal("memory.test", "dev.local");
        options.RequestLogMaxEntries.Should().Be(50);
        options.RequestLogMaxBodyBytes.Should().Be(4096);
    }

    [Theory]
    [InlineData("--port", "http")]
    [InlineData("--port", "70000")]
    [InlineData("--fault", "status=503")]
    [InlineData("--bogus", "x")]
    [InlineData("--allowed-hosts", "http://memory.test/")]
    [InlineData("--allowed-hosts", "memory.test:8700")]
    [InlineData("--request-log-max-entries", "-1")]
    [InlineData("--request-log-max-body", "many")]
    public void Bad_arguments_are_reported(string name, string value)
    {
        CommandLine.Parse([name, value], TextWriter.Null, out var error).Should().BeNull();
        error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Help_returns_no_options_and_no_error()
    {
        CommandLine.Parse(["--help"], TextWriter.Null, out var error).Should().BeNull();
        error.Should().BeNull();
        CommandLine.Usage.Should().Contain("--memmachine-key");
    }

    [Fact]
    public void Fault_rules_match_globs_case_insensitively()
    {
        var rule = new FaultRule("get", "/mem0/v1/memories/*/history/", "status=500");

        rule.Matches("GET", "/mem0/v1/memories/abc/history/").Should().BeTrue();
        rule.Matches("GET", "/mem0/v1/memories/abc/").Should().BeFalse();
        rule.Matches("POST", "/mem0/v1/memories/abc/history/").Should().BeFalse();
    }
}
