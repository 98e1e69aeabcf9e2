using System.Collections.Concurrent;

namespace MemoryClients.Emulator.Faults;

/// <summary>The fault rules of a running emulator: add rules at any time, clear them between tests.</summary>
public sealed class FaultInjector
{
    /// <summary>The request header that carries a per-request fault.</summary>
    public const string HeaderName = "X-Emulator-Fault";

    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];
    private readonly ConcurrentDictionary<string, int> _headerUses = new(StringComparer.Ordinal);

    internal FaultInjector(IEnumerable<FaultRule> rules) => _rules.AddRange(rules);

    /// <summary>A snapshot of the rules, in the order they are tried.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate) return [.. _rules];
        }
    }

    /// <summary>Adds a rule; rules are tried in the order they were added.</summary>
    /// <param name="rule">The rule to add.</param>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate) _rules.Add(rule);
    }

    /// <summary>Adds a rule from the header syntax and returns it.</summary>
    /// <param name="method">The HTTP method to match, or <c>*</c>.</param>
    /// <param name="pathPattern">The path pattern to match (<c>*</c> is a wildcard).</param>
    /// <param name="spec">The fault in header syntax.</param>
    public FaultRule Add(string method, string pathPattern, string spec)
    {
        var rule = new FaultRule(method, pathPattern, spec);
        Add(rule);
        return rule;
    }

    /// <summary>Removes every rule and forgets how often header faults were used.</summary>
    public void Clear()
    {
        lock (_gate) _rules.Clear();
        _headerUses.Clear();
    }

    /// <summary>
    /// Keeps every rule but forgets how often rules and header faults were applied, so each <c>times=N</c> counts
    /// afresh (call it between test runs; the admin endpoint <c>POST /_emulator/faults/reset</c> does the same).
    /// </summary>
    public void ResetCounts()
    {
        lock (_gate)
        {
            foreach (var rule in _rules) rule.ResetUses();
        }
        _headerUses.Clear();
    }

    /// <summary>The first rule that matches and still has uses left, consuming one use.</summary>
    internal FaultSpec? MatchRule(string method, string path)
    {
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (rule.Matches(method, path) && rule.TryConsume(method, path)) return rule.Fault;
            }
        }
        return null;
    }

    /// <summary>True when a header fault with a <c>times</c> limit still applies to this request; counts the use.</summary>
    internal bool ConsumeHeaderUse(string method, string path, string header, FaultSpec spec)
    {
        if (spec.Times is not { } times) return true;
        var used = _headerUses.AddOrUpdate($"{method} {path} {header}", 1, (_, n) => n + 1);
        return used <= times;
    }
}
