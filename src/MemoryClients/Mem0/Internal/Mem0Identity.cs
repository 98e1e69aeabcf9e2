using MemoryClients.Mem0.Api;

namespace MemoryClients.Mem0;

/// <summary>
/// The organisation and project the API key belongs to, learned from <c>GET /v1/ping/</c> once, on first need.
/// Concurrent first callers share one ping; a failed ping is forgotten, so the next call pings again.
/// </summary>
internal sealed class Mem0Identity(IMem0V1Api v1)
{
    private readonly IMem0V1Api _v1 = v1;
    private readonly Lock _gate = new();
    private Task<(string OrgId, string ProjectId)>? _identity;

    /// <summary>Returns the ids, pinging the service only if no earlier ping succeeded or is under way.</summary>
    /// <remarks>The shared ping is not tied to one caller's token (it is bounded by the transport's timeouts); each caller stops waiting when its own token fires.</remarks>
    public Task<(string OrgId, string ProjectId)> ResolveAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Task<(string OrgId, string ProjectId)> identity;
        lock (_gate)
        {
            if (_identity is null || _identity.IsFaulted || _identity.IsCanceled)
                _identity = PingAsync();
            identity = _identity;
        }
        return identity.WaitAsync(cancellationToken);
    }

    private async Task<(string OrgId, string ProjectId)> PingAsync()
    {
        // Leave the lock before any work runs: the ping starts on the thread pool.
        await Task.Yield();
        var ping = await _v1.PingAsync(CancellationToken.None).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(ping.OrgId) || string.IsNullOrWhiteSpace(ping.ProjectId))
            throw new InvalidOperationException("GET /v1/ping/ did not return both org_id and project_id, which project and webhook operations need.");
        return (ping.OrgId, ping.ProjectId);
    }
}
