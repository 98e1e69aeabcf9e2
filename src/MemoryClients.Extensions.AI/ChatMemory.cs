using System.Diagnostics;
using System.Globalization;
using MemoryClients.Diagnostics;
using MemoryClients.Errors;
using MemoryClients.Extensions.AI.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemoryClients.Extensions.AI;

/// <summary>
/// The one implementation of chat memory shared by <see cref="MemoryChatClient"/> and <see cref="MemoryContextProvider"/>:
/// recall (search with the latest user message, within a time budget, paused for a cool-down after the service failed),
/// the context text, and store (waited or in the background), each with a span, a measurement and a log line.
/// </summary>
internal sealed class ChatMemory
{
    private readonly IMemoryClient _client;
    private readonly ILogger _logger;
    private readonly string _integration;
    private readonly string _provider;
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif
    private readonly HashSet<Task> _pending = [];
    private bool _closed;
    // When recall was paused and by what failure (TimeProvider timestamp); guarded by _gate like the pending stores.
    private (long At, MemoryApiException Failure)? _pause;

    public ChatMemory(IMemoryClient client, ChatMemoryOptions options, ILogger? logger, string integration)
    {
        _client = client;
        Options = options;
        _logger = logger ?? NullLogger.Instance;
        _integration = integration;
        _provider = ChatMemoryTelemetry.ProviderName(client.Provider);
    }

    public ChatMemoryOptions Options { get; }

    /// <summary>The text of the last user message that has text, or null.</summary>
    public static string? LatestUserText(IEnumerable<ChatMessage> messages)
    {
        string? latest = null;
        foreach (var message in messages)
        {
            if (message.Role == ChatRole.User && !string.IsNullOrWhiteSpace(message.Text))
                latest = message.Text;
        }
        return latest;
    }

    /// <summary>The user messages at the end of a conversation (after the last assistant or tool message): this turn's input.</summary>
    public static List<ChatMessage> NewUserMessages(IList<ChatMessage> messages)
    {
        var start = messages.Count;
        while (start > 0 && (messages[start - 1].Role == ChatRole.User || messages[start - 1].Role == ChatRole.System))
            start--;
        var result = new List<ChatMessage>();
        for (var i = start; i < messages.Count; i++)
        {
            if (messages[i].Role == ChatRole.User)
                result.Add(messages[i]);
        }
        return result;
    }

    /// <summary>
    /// Searches the scope's memories within <see cref="ChatMemoryOptions.RecallTimeout"/>; on failure logs and returns none,
    /// or throws when so configured. A timeout or an unavailable service pauses recall for
    /// <see cref="ChatMemoryOptions.RecallCooldown"/>, so the calls after it do not each wait for the service. The caller's
    /// cancellation always throws.
    /// </summary>
    public async Task<IReadOnlyList<MemoryRecord>> RecallAsync(MemoryScope scope, string query, CancellationToken cancellationToken)
    {
        if (CurrentPause() is { } pause)
            return SkipRecall(pause);
        var activity = Start(ChatMemoryDiagnostics.RecallActivityName, "chat.recall");
        var start = Stopwatch.GetTimestamp();
        using var budget = new CancellationTokenSource(Options.RecallTimeout, Options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            var search = new MemorySearchOptions { TopK = Options.TopK, Threshold = Options.Threshold, Filter = Options.Filter };
            var records = await _client.SearchAsync(query, scope, search, linked.Token).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(start);
            activity?.SetTag(ChatMemoryDiagnostics.RecalledCountTag, records.Count);
            Stop(activity, ChatMemoryTelemetry.RecallDuration, elapsed, null, background: null);
            if (records.Count > 0)
                ChatMemoryTelemetry.RecalledMemories.Add(records.Count, Tag(MemoryDiagnostics.ProviderTag, _provider), Tag(ChatMemoryDiagnostics.IntegrationTag, _integration));
            ChatMemoryLog.Recalled(_logger, _integration, records.Count, _provider, elapsed.TotalMilliseconds);
            if (Options.LogMemoryContent && _logger.IsEnabled(LogLevel.Trace))
            {
                var found = string.Join(" | ", records.Select(r => r.Text));
                ChatMemoryLog.RecallContent(_logger, query, found);
            }
            return records;
        }
        catch (Exception caught)
        {
            var timedOut = budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
            var error = timedOut ? RecallTimedOut(caught) : caught;
            Stop(activity, ChatMemoryTelemetry.RecallDuration, Stopwatch.GetElapsedTime(start), error, background: null);
            if (error is OperationCanceledException && cancellationToken.IsCancellationRequested)
                throw;
            // A service that is down or too slow will most likely still be so on the next call.
            var paused = (error is MemoryNetworkException or MemoryServerException or MemoryRateLimitException) && Options.RecallCooldown > TimeSpan.Zero;
            if (paused)
            {
                lock (_gate)
                    _pause = (Options.TimeProvider.GetTimestamp(), (MemoryApiException)error);
            }
            var rethrow = Options.RecallFailure == RecallFailureBehavior.Throw;
            if (_logger.IsEnabled(LogLevel.Warning))
            {
                var outcome = (rethrow ? "the call fails" : "answering without memories")
                    + (paused ? string.Create(CultureInfo.InvariantCulture, $"; recall pauses for the cool-down of {Options.RecallCooldown.TotalSeconds:0.###} s") : "");
                if (timedOut)
                    ChatMemoryLog.RecallTimedOut(_logger, Options.LogMemoryContent ? caught : null, _integration, _provider, Options.RecallTimeout.TotalMilliseconds, outcome);
                else
                    ChatMemoryLog.RecallFailed(_logger, Options.LogMemoryContent ? error : null, _integration, _provider, error.GetType().Name,
                        ChatMemoryTelemetry.StatusOf(error), outcome);
            }
            if (!rethrow)
                return [];
            if (timedOut)
                throw error;
            throw;
        }
    }

    /// <summary>
    /// The context text for the model (the template with one <c>&lt;memory&gt;</c> element per line), or null when nothing was
    /// recalled. Memory text is escaped, so it can neither close its element nor open another.
    /// </summary>
    public string? FormatContext(IReadOnlyList<MemoryRecord> records)
    {
        var lines = records
            .Select(r => r.Text.ReplaceLineEndings(" ").Trim())
            .Where(text => text.Length > 0)
            .Select(text => "<memory>" + Escape(text) + "</memory>")
            .ToList();
        return lines.Count == 0 ? null : Options.ContextTemplate.Replace(ChatMemoryOptions.MemoriesPlaceholder, string.Join('\n', lines), StringComparison.Ordinal);
    }

    /// <summary>The message that carries <paramref name="context"/>: user role unless system placement was chosen.</summary>
    public ChatMessage ContextMessage(string context) =>
        new(Options.Placement == MemoryContextPlacement.SystemMessage ? ChatRole.System : ChatRole.User, context);

    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Stores this turn's user messages and, when configured, the assistant's answer. Waits for the service, or starts a
    /// background store and returns at once. Failures are logged, never thrown; the caller's cancellation is.
    /// </summary>
    public Task StoreAsync(MemoryScope scope, IEnumerable<ChatMessage> userMessages, IEnumerable<ChatMessage> responseMessages, CancellationToken cancellationToken)
    {
        if (!Options.StoreMessages)
            return Task.CompletedTask;
        var messages = new List<MemoryMessage>();
        foreach (var message in userMessages)
        {
            if (message.Role == ChatRole.User && !string.IsNullOrWhiteSpace(message.Text))
                messages.Add(MemoryMessage.User(message.Text));
        }
        if (Options.StoredRoles == StoredMessageRoles.UserAndAssistant)
        {
            foreach (var message in responseMessages)
            {
                if (message.Role == ChatRole.Assistant && !string.IsNullOrWhiteSpace(message.Text))
                    messages.Add(MemoryMessage.Assistant(message.Text));
            }
        }
        if (messages.Count == 0)
            return Task.CompletedTask;
        if (!Options.StoreInBackground)
            return StoreNowAsync(scope, messages, background: false, cancellationToken);

        lock (_gate)
        {
            if (!_closed)
            {
                // The call has returned by the time this runs: it must not be cancelled by the call's token.
                var task = Task.Run(() => StoreNowAsync(scope, messages, background: true, CancellationToken.None), CancellationToken.None);
                _pending.Add(task);
                _ = task.ContinueWith(Forget, task, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return Task.CompletedTask;
            }
        }
        // Closing: store before returning rather than lose the exchange.
        return StoreNowAsync(scope, messages, background: true, CancellationToken.None);
    }

    /// <summary>Waits for the background stores started so far.</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (_gate) pending = [.. _pending];
        return Task.WhenAll(pending).WaitAsync(cancellationToken);
    }

    /// <summary>Stops accepting background stores and waits for those running.</summary>
    public Task CloseAsync()
    {
        Task[] pending;
        lock (_gate)
        {
            _closed = true;
            pending = [.. _pending];
        }
        return Task.WhenAll(pending);
    }

    /// <summary>The failure that paused recall and when, while the cool-down lasts; null otherwise.</summary>
    private (long At, MemoryApiException Failure)? CurrentPause()
    {
        (long At, MemoryApiException Failure)? pause;
        lock (_gate)
            pause = _pause;
        return pause is { } p && Options.TimeProvider.GetElapsedTime(p.At) < Options.RecallCooldown ? p : null;
    }

    /// <summary>A recall during the cool-down: no request; none recalled, or a fast failure when so configured.</summary>
    private List<MemoryRecord> SkipRecall((long At, MemoryApiException Failure) pause)
    {
        var activity = Start(ChatMemoryDiagnostics.RecallActivityName, "chat.recall");
        Stop(activity, ChatMemoryTelemetry.RecallDuration, TimeSpan.Zero, null, background: null, skipped: true);
        var rethrow = Options.RecallFailure == RecallFailureBehavior.Throw;
        var ago = Options.TimeProvider.GetElapsedTime(pause.At);
        ChatMemoryLog.RecallSkipped(_logger, _integration, _provider, ago.TotalMilliseconds, pause.Failure.ErrorCode,
            Options.RecallCooldown.TotalMilliseconds, rethrow ? "the call fails" : "answering without memories");
        if (rethrow)
        {
            throw new MemoryApiException(
                string.Create(CultureInfo.InvariantCulture, $"Recall was skipped: it failed {ago.TotalSeconds:0.###} s ago ({pause.Failure.ErrorCode}) and is paused for the cool-down of {Options.RecallCooldown.TotalSeconds:0.###} s (ChatMemoryOptions.RecallCooldown)."),
                _client.Provider, pause.Failure.StatusCode, pause.Failure.ErrorCode, pause.Failure);
        }
        return [];
    }

    /// <summary>The error a recall that ran out of its budget reports: a timeout of the memory service, as the SDK's own timeouts are.</summary>
    private MemoryNetworkException RecallTimedOut(Exception cancelled) => new(
        string.Create(CultureInfo.InvariantCulture, $"Recall took longer than its budget of {Options.RecallTimeout.TotalSeconds:0.###} s (ChatMemoryOptions.RecallTimeout)."),
        _client.Provider, MemoryNetworkException.TimeoutCode, innerException: cancelled);

    private void Forget(Task completed, object? state)
    {
        lock (_gate) _pending.Remove((Task)state!);
    }

    private async Task StoreNowAsync(MemoryScope scope, List<MemoryMessage> messages, bool background, CancellationToken cancellationToken)
    {
        var activity = Start(ChatMemoryDiagnostics.StoreActivityName, "chat.store");
        activity?.SetTag(ChatMemoryDiagnostics.StoredCountTag, messages.Count);
        activity?.SetTag(ChatMemoryDiagnostics.BackgroundTag, background);
        if (Options.LogMemoryContent && _logger.IsEnabled(LogLevel.Trace))
        {
            foreach (var message in messages)
                ChatMemoryLog.StoreContent(_logger, message.Role, message.Content);
        }
        var start = Stopwatch.GetTimestamp();
        try
        {
            await _client.AddAsync(messages, scope, Options.AddOptions, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(start);
            Stop(activity, ChatMemoryTelemetry.StoreDuration, elapsed, null, background);
            ChatMemoryLog.Stored(_logger, _integration, messages.Count, _provider, elapsed.TotalMilliseconds, background);
        }
        catch (Exception error)
        {
            Stop(activity, ChatMemoryTelemetry.StoreDuration, Stopwatch.GetElapsedTime(start), error, background);
            if (error is OperationCanceledException && cancellationToken.IsCancellationRequested)
                throw;
            if (_logger.IsEnabled(LogLevel.Warning))
                ChatMemoryLog.StoreFailed(_logger, Options.LogMemoryContent ? error : null, _integration, messages.Count, _provider,
                    error.GetType().Name, ChatMemoryTelemetry.StatusOf(error));
        }
    }

    private Activity? Start(string name, string operation)
    {
        var activity = ChatMemoryTelemetry.Source.StartActivity(name, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(MemoryDiagnostics.ProviderTag, _provider);
            activity.SetTag(MemoryDiagnostics.OperationTag, operation);
            activity.SetTag(ChatMemoryDiagnostics.IntegrationTag, _integration);
        }
        return activity;
    }

    private void Stop(Activity? activity, System.Diagnostics.Metrics.Histogram<double> duration, TimeSpan elapsed, Exception? error, bool? background, bool skipped = false)
    {
        var status = skipped ? "skipped" : error is null ? "ok" : "error";
        var tags = new TagList
        {
            { MemoryDiagnostics.ProviderTag, _provider },
            { ChatMemoryDiagnostics.IntegrationTag, _integration },
            { MemoryDiagnostics.StatusTag, status },
        };
        if (background is { } inBackground)
            tags.Add(ChatMemoryDiagnostics.BackgroundTag, inBackground);
        if (error is not null)
            tags.Add("error.type", error.GetType().Name);
        duration.Record(elapsed.TotalSeconds, tags);

        if (activity is null)
            return;
        activity.SetTag(MemoryDiagnostics.StatusTag, status);
        if (error is not null)
        {
            activity.SetTag("error.type", error.GetType().Name);
            // The type only: an exception message may quote the service, and so memory text.
            activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        }
        else if (!skipped)
        {
            // A skipped recall asked nothing of the service: its span status stays unset.
            activity.SetStatus(ActivityStatusCode.Ok);
        }
        activity.Dispose();
    }

    private static KeyValuePair<string, object?> Tag(string key, object? value) => new(key, value);
}
