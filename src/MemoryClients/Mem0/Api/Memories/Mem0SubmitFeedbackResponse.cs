namespace MemoryClients.Mem0.Api;

/// <summary>The answer of <c>POST /v1/feedback/</c>: the stored feedback.</summary>
public sealed record Mem0SubmitFeedbackResponse : ApiModel
{
    /// <summary>The feedback id.</summary>
    public string? Id { get; init; }

    /// <summary>The feedback value.</summary>
    public Mem0Feedback? Feedback { get; init; }

    /// <summary>The reason given.</summary>
    public string? FeedbackReason { get; init; }
}
