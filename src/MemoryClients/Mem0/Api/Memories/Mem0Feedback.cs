namespace MemoryClients.Mem0.Api;

/// <summary>The known values of memory feedback (<c>feedback</c>); the service may accept others.</summary>
public static class Mem0Feedback
{
    /// <summary>The memory is good.</summary>
    public const string Positive = "POSITIVE";

    /// <summary>The memory is bad.</summary>
    public const string Negative = "NEGATIVE";

    /// <summary>The memory is very bad.</summary>
    public const string VeryNegative = "VERY_NEGATIVE";
}
