using MemoryClients.Errors;
using MemoryClients.Mem0.Api;

namespace MemoryClients.Mem0;

/// <summary>
/// An asynchronous Mem0 job that <see cref="Mem0EventsClient.WaitForCompletionAsync"/> waited for ended <c>FAILED</c>.
/// The HTTP calls succeeded; the job itself did not. <see cref="Event"/> holds the final event, with its error.
/// </summary>
public sealed class Mem0EventFailedException : MemoryApiException
{
    /// <summary>The <see cref="MemoryApiException.ErrorCode"/> of this exception.</summary>
    public const string FailedCode = "EVENT_FAILED";

    /// <summary>Creates the exception for an event that ended <c>FAILED</c>.</summary>
    public Mem0EventFailedException(Mem0Event failedEvent)
        : base(Describe(failedEvent), MemoryProvider.Mem0, statusCode: null, FailedCode)
    {
        Event = failedEvent;
        ServiceMessage = failedEvent.Error;
        Suggestion = "Check the event's error and payload, fix the input and try again";
    }

    /// <summary>The event as the service last reported it.</summary>
    public Mem0Event Event { get; }

    private static string Describe(Mem0Event failedEvent)
    {
        ArgumentNullException.ThrowIfNull(failedEvent);
        return $"Mem0 event {failedEvent.Id} ({failedEvent.EventType ?? "unknown type"}) failed"
            + (string.IsNullOrWhiteSpace(failedEvent.Error) ? "." : $": {failedEvent.Error}");
    }
}
