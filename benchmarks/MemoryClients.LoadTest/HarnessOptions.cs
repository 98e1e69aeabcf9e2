using System.Globalization;

namespace MemoryClients.LoadTest;

/// <summary>What to run and where to write it.</summary>
internal sealed record HarnessOptions
{
    public int Runs { get; init; } = 5;
    public double Seconds { get; init; } = 2;
    public double WarmupSeconds { get; init; } = 3;
    public string Label { get; init; } = "run";
    public string? PeerScript { get; init; }
    public IReadOnlySet<string> Scenarios { get; init; } = new HashSet<string>(["sequential", "throughput", "walk", "latency", "cold"]);
    public string ResultsDirectory { get; init; } = DefaultResultsDirectory();

    public static HarnessOptions Parse(string[] args)
    {
        var options = new HarnessOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.", nameof(args));
            options = args[i] switch
            {
                "--runs" => options with { Runs = Math.Clamp(int.Parse(value, CultureInfo.InvariantCulture), 1, 50) },
                "--seconds" => options with { Seconds = Math.Clamp(double.Parse(value, CultureInfo.InvariantCulture), 0.2, 30) },
                "--warmup" => options with { WarmupSeconds = Math.Clamp(double.Parse(value, CultureInfo.InvariantCulture), 0, 60) },
                "--label" => options with { Label = value },
                "--peer" => options with { PeerScript = Path.GetFullPath(value), Scenarios = new HashSet<string>() },
                "--scenarios" => options with { Scenarios = new HashSet<string>(value.Split(',')) },
                "--results" => options with { ResultsDirectory = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}.", nameof(args)),
            };
            i++;
        }
        return options;
    }

    private static string DefaultResultsDirectory()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MemoryClients.sln")))
                return Path.Combine(directory.FullName, "benchmarks", "results");
        }
        return Path.Combine(Environment.CurrentDirectory, "results");
    }
}
