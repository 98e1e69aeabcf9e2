namespace MemoryClients.LoadTest;

/// <summary>One measured value: a scenario (with its parameter) run once by one contender.</summary>
public sealed record Measurement(string Scenario, string Parameter, string Contender, int Run, string Metric, double Value);

/// <summary>The median of a metric over the runs of one contender.</summary>
public sealed record Median(string Scenario, string Parameter, string Contender, string Metric, double Value, int Runs);

/// <summary>The median, over runs, of a contender's value divided by the baseline's value in the same run.</summary>
public sealed record Ratio(string Scenario, string Parameter, string Contender, string Baseline, string Metric, double Value, int Runs);
