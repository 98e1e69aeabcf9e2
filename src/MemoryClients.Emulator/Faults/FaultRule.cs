using System.Collections.Concurrent;

namespace MemoryClients.Emulator.Faults;

/// <summary>
/// A fault applied to every request that matches a method and a path pattern; with <c>times=N</c> only the first N
/// requests of each route (each distinct method and path the pattern matches) get it, so a retry then succeeds.
/// </summary>
/// <remarks>The pattern is matched against the full request path (for example <c>/mem0/v3/memories/search/</c>);
/// <c>*</c> matches any run of characters, including slashes.</remarks>
public sealed class FaultRule
{
    private readonly ConcurrentDictionary<string, int> _uses = new(StringComparer.Ordinal);
    private int _applied;

    /// <summary>Creates a rule from the header syntax, for example <c>new FaultRule("POST", "/mem0/v3/memories/add/", "status=503; times=1")</c>.</summary>
    /// <param name="method">The HTTP method to match, or <c>*</c> for any.</param>
    /// <param name="pathPattern">The path pattern to match.</param>
    /// <param name="spec">The fault in header syntax.</param>
    public FaultRule(string method, string pathPattern, string spec)
        : this(method, pathPattern, FaultSpec.Parse(spec))
    {
    }

    /// <summary>Creates a rule from a parsed fault.</summary>
    /// <param name="method">The HTTP method to match, or <c>*</c> for any.</param>
    /// <param name="pathPattern">The path pattern to match.</param>
    /// <param name="fault">The fault to apply.</param>
    public FaultRule(string method, string pathPattern, FaultSpec fault)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathPattern);
        ArgumentNullException.ThrowIfNull(fault);
        Method = method;
        PathPattern = pathPattern;
        Fault = fault;
    }

    /// <summary>The HTTP method matched, or <c>*</c>.</summary>
    public string Method { get; }

    /// <summary>The path pattern matched.</summary>
    public string PathPattern { get; }

    /// <summary>The fault applied.</summary>
    public FaultSpec Fault { get; }

    /// <summary>How many requests the rule has been applied to so far, over all routes.</summary>
    public int AppliedCount => Volatile.Read(ref _applied);

    internal bool Matches(string method, string path) =>
        (Method == "*" || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) && Glob(PathPattern, path);

    /// <summary>Counts one use for the route; false when the route has used up its <c>times</c>.</summary>
    internal bool TryConsume(string method, string path)
    {
        if (Fault.Times is { } times && _uses.AddOrUpdate(method.ToUpperInvariant() + " " + path, 1, (_, n) => n + 1) > times)
            return false;
        Interlocked.Increment(ref _applied);
        return true;
    }

    /// <summary>Forgets how often the rule was applied, so <c>times=N</c> counts afresh.</summary>
    internal void ResetUses()
    {
        _uses.Clear();
        Interlocked.Exchange(ref _applied, 0);
    }

    private static bool Glob(string pattern, string text)
    {
        // Classic two-pointer wildcard match with backtracking on the last '*'.
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] != '*' && char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
