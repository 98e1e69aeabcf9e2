namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST /v1/feedback/</c>.</summary>
public sealed record Mem0SubmitFeedbackRequest
{
    /// <summary>The memory the feedback is about.</summary>
    public required string MemoryId { get; init; }

    /// <summary><c>POSITIVE</c>, <c>NEGATIVE</c> or <c>VERY_NEGATIVE</c>; not sent when null.</summary>
    public Mem0Feedback? Feedback { get; init; }

    /// <summary>Why; not sent when null.</summary>
    public string? FeedbackReason { get; init; }
}
