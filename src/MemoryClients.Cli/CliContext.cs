using Spectre.Console;

namespace MemoryClients.Cli;

/// <summary>What a command reads and writes: standard streams, the environment and the console used for tables and prompts.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, TextReader input, Func<string, string?> environment, bool interactive, bool inputRedirected)
    {
        Output = output;
        Error = error;
        Input = input;
        InputRedirected = inputRedirected;
        Environment = environment;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive) Console.Profile.Width = 160;
        StatusConsole = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>Results: tables or JSON lines.</summary>
    public TextWriter Output { get; }

    /// <summary>Errors, prompts and progress, so that results can be piped.</summary>
    public TextWriter Error { get; }

    /// <summary>Answers to confirmation prompts, or the text of <c>add</c>.</summary>
    public TextReader Input { get; }

    /// <summary>True when standard input is a file or a pipe rather than a terminal.</summary>
    public bool InputRedirected { get; }

    /// <summary>Reads an environment variable (API keys).</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>True when a person is at a terminal: progress is animated and colours are used.</summary>
    public bool Interactive { get; }

    /// <summary>Renders tables to <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Renders progress to <see cref="Error"/>.</summary>
    public IAnsiConsole StatusConsole { get; }

    /// <summary>The process's own streams and environment.</summary>
    public static CliContext FromProcess() => new(
        System.Console.Out,
        System.Console.Error,
        System.Console.In,
        System.Environment.GetEnvironmentVariable,
        !System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected && !System.Console.IsInputRedirected,
        System.Console.IsInputRedirected);
}
